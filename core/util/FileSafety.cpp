#include "FileSafety.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace cosingan {

PathKind pathKind(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ELOOP) return PathKind::SymlinkLoop;
        if (errno == EACCES) return PathKind::NoPermission;
        return PathKind::Missing;
    }
    if (S_ISREG(st.st_mode)) return PathKind::RegularFile;
    if (S_ISDIR(st.st_mode)) return PathKind::Directory;
    if (S_ISFIFO(st.st_mode)) return PathKind::Fifo;
    if (S_ISSOCK(st.st_mode)) return PathKind::Socket;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return PathKind::Device;
    return PathKind::Other;
}

std::string describeKind(PathKind kind) {
    switch (kind) {
    // Marked for translation: they are arguments of messages (ui/common/MessageText translates those).
    case PathKind::Missing: return COSINGAN_MESSAGE("Messages", "missing");
    case PathKind::RegularFile: return COSINGAN_MESSAGE("Messages", "a file");
    case PathKind::Directory: return COSINGAN_MESSAGE("Messages", "a folder");
    case PathKind::Fifo: return COSINGAN_MESSAGE("Messages", "a FIFO (named pipe), not a regular file");
    case PathKind::Socket: return COSINGAN_MESSAGE("Messages", "a socket, not a regular file");
    case PathKind::Device: return COSINGAN_MESSAGE("Messages", "a device, not a regular file");
    case PathKind::SymlinkLoop: return COSINGAN_MESSAGE("Messages", "a loop of symbolic links");
    case PathKind::NoPermission: return COSINGAN_MESSAGE("Messages", "not accessible (permission denied)");
    case PathKind::Other: return COSINGAN_MESSAGE("Messages", "not a regular file");
    }
    return "";
}

namespace {

constexpr const char* kNoPermission = COSINGAN_MESSAGE("Messages", "%1 '%2' cannot be read: permission denied.");

// WHAT is the caller's noun for the path, empty for none; REASON a template of "%1 '%2' ...".
[[noreturn]] void refuse(const std::string& what, const std::string& path, const char* reason,
                         std::vector<std::string> more = {}) {
    std::vector<std::string> arguments{what, path};
    arguments.insert(arguments.end(), more.begin(), more.end());
    throw PathError(reason, std::move(arguments));
}

void requireKind(const std::string& path, const std::string& what, bool fileOk, bool folderOk) {
    if (path.empty()) throw PathError("no path was given for " + what);
    const PathKind k = pathKind(path);
    switch (k) {
    case PathKind::Missing: refuse(what, path, COSINGAN_MESSAGE("Messages", "%1 '%2' does not exist."));
    case PathKind::SymlinkLoop:
        refuse(what, path, COSINGAN_MESSAGE("Messages", "%1 '%2' is a loop of symbolic links: it points back at itself."));
    case PathKind::NoPermission: refuse(what, path, kNoPermission);
    case PathKind::RegularFile:
        if (!fileOk) refuse(what, path, COSINGAN_MESSAGE("Messages", "%1 '%2' is a file, not a folder."));
        if (::access(path.c_str(), R_OK) != 0) refuse(what, path, kNoPermission);
        {
            struct stat st;
            if (::stat(path.c_str(), &st) == 0 && st.st_size == 0)
                refuse(what, path, COSINGAN_MESSAGE("Messages", "%1 '%2' is empty (0 bytes)."));
        }
        return;
    case PathKind::Directory:
        if (!folderOk) refuse(what, path, COSINGAN_MESSAGE("Messages", "%1 '%2' is a folder, not a file."));
        if (::access(path.c_str(), R_OK | X_OK) != 0) refuse(what, path, kNoPermission);
        return;
    default:
        refuse(what, path, COSINGAN_MESSAGE("Messages", "%1 '%2' is %3; choose an image file or a folder of DICOM files."),
               {describeKind(k)});
    }
}

fs::path resolved(const std::string& path) {
    // Resolve the nearest existing ancestor, then append the rest lexically.
    fs::path p = fs::absolute(path).lexically_normal();
    fs::path rest;
    while (!p.empty()) {
        char buf[PATH_MAX];
        if (::realpath(p.c_str(), buf)) return (fs::path(buf) / rest).lexically_normal();
        if (p == p.root_path()) break;
        rest = rest.empty() ? p.filename() : p.filename() / rest;
        p = p.parent_path();
    }
    return fs::absolute(path).lexically_normal();
}

}  // namespace

void requireReadableFile(const std::string& path, const std::string& what) { requireKind(path, what, true, false); }
void requireFolder(const std::string& path, const std::string& what) { requireKind(path, what, false, true); }
void requireFileOrFolder(const std::string& path, const std::string& what) { requireKind(path, what, true, true); }

bool pathIsWithin(const std::string& inner, const std::string& outer) {
    const fs::path a = resolved(inner), b = resolved(outer);
    auto ai = a.begin();
    for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai) {
        if (bi->empty()) continue;  // a trailing separator
        if (ai == a.end() || *ai != *bi) return false;
    }
    return true;
}

}  // namespace cosingan
