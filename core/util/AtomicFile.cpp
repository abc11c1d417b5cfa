#include "AtomicFile.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <ftw.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

std::atomic<long long>& faultBudget() {
    static std::atomic<long long> budget{[] {
        const char* env = std::getenv("COSINGAN_FAIL_WRITES_AFTER_BYTES");
        return env && *env ? std::atoll(env) : -1LL;
    }()};
    return budget;
}

std::string uniqueTag() {
    static std::atomic<unsigned> counter{0};
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return std::to_string(::getpid()) + "-" + std::to_string(now % 1000000007) + "-" + std::to_string(counter++);
}

// fsync a file or folder; returns 0 or the errno of the failure.
int syncPath(const fs::path& p) {
    int fd = ::open(p.c_str(), O_RDONLY);
    if (fd < 0) return errno;
    int err = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return err == EINVAL ? 0 : err;  // some file systems cannot fsync folders
}

fs::path folderOf(const std::string& path) {
    const fs::path t(path);
    return t.has_parent_path() ? t.parent_path() : fs::path(".");
}

[[noreturn]] void throwWriteFailure(const std::string& path, int err) {
    if (err == ENOSPC || err == EDQUOT) throw DiskFullError(writeFailureMessage(path, err));
    throw UserError(writeFailureMessage(path, err));
}

void renameOrThrow(const fs::path& from, const fs::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) {
        const int err = errno;
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' cannot be put in place: %2."), {to.string(), std::strerror(err)});
    }
}

// The path a user would recognise: ".checkpoint.saving-123-4-5" is shown as "checkpoint",
// ".tensors.saving-1-2-3.pt" as "tensors.pt".
fs::path visiblePath(const fs::path& path) {
    fs::path out;
    for (const auto& part : path) {
        std::string name = part.string();
        for (const char* marker : {".saving-", ".old-"}) {
            const size_t at = name.find(marker);
            if (name.size() > 1 && name[0] == '.' && at != std::string::npos) {
                const size_t ext = name.find('.', at + std::strlen(marker));
                name = name.substr(1, at - 1) + (ext == std::string::npos ? std::string() : name.substr(ext));
            }
        }
        out /= name;
    }
    return out;
}

}  // namespace

UserMessage writeFailureMessage(const std::string& rawPath, int err) {
    const std::string path = visiblePath(rawPath).string();
    const std::string folder = fs::absolute(folderOf(path)).lexically_normal().string();
    if (err == ENOSPC || err == EDQUOT)
        return {COSINGAN_MESSAGE("Messages", "no space left on the disk holding '%1' while writing '%2': free some space "
                                             "(or choose another folder) and try again; the previous version, if any, is kept"),
                {folder, fs::path(path).filename().string()}};
    if (err == EACCES || err == EPERM || err == EROFS)
        return {COSINGAN_MESSAGE("Messages", "cannot write in '%1': %2; choose a folder you may write to"),
                {folder, std::strerror(err)}};
    return {COSINGAN_MESSAGE("Messages", "cannot write '%1': %2"), {path, std::strerror(err)}};
}

void injectWriteFailureAfter(long long bytes) { faultBudget() = bytes; }

CheckedFileWriter::CheckedFileWriter(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) error_ = errno;
}

CheckedFileWriter::~CheckedFileWriter() {
    if (fd_ >= 0) ::close(fd_);
}

size_t CheckedFileWriter::write(const void* data, size_t n) {
    if (error_ || fd_ < 0) return n;
    const char* p = static_cast<const char*>(data);
    size_t left = n;
    while (left > 0) {
        size_t chunk = left;
        long long budget = faultBudget().load();
        if (budget >= 0) {
            if (budget == 0) {
                error_ = ENOSPC;
                return n;
            }
            chunk = std::min<size_t>(chunk, size_t(budget));
            faultBudget() -= (long long)chunk;
        }
        const ssize_t w = ::write(fd_, p, chunk);
        if (w < 0) {
            if (errno == EINTR) continue;
            error_ = errno;
            return n;
        }
        p += w;
        left -= size_t(w);
        written_ += size_t(w);
    }
    return n;
}

void CheckedFileWriter::finish() {
    if (!error_ && fd_ >= 0 && ::fsync(fd_) != 0) error_ = errno;
    struct stat st;
    if (!error_ && fd_ >= 0 && (::fstat(fd_, &st) != 0 || size_t(st.st_size) != written_)) error_ = EIO;
    if (fd_ >= 0 && ::close(fd_) != 0 && !error_) error_ = errno;
    fd_ = -1;
    if (error_) throwWriteFailure(path_, error_);
}

void removeTree(const std::string& path) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return;
    if (!S_ISDIR(st.st_mode)) {
        std::remove(path.c_str());
        return;
    }
    ::nftw(path.c_str(), [](const char* p, const struct stat*, int, struct FTW*) { return std::remove(p) == 0 ? 0 : 0; }, 16,
           FTW_DEPTH | FTW_PHYS);
}

bool isSaveTemporaryName(const std::string& name) {
    return name.size() > 1 && name[0] == '.' &&
           (name.find(".saving-") != std::string::npos || name.find(".old-") != std::string::npos);
}

int removeOrphanedTemporaries(const std::string& folder) {
    int removed = 0;
    std::error_code ec;
    std::vector<fs::path> doomed;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (isSaveTemporaryName(it->path().filename().string())) {
            doomed.push_back(it->path());
            it.disable_recursion_pending();
        }
    }
    for (const auto& p : doomed) {
        removeTree(p.string());
        ++removed;
    }
    return removed;
}

std::string fullExtension(const std::string& path) {
    std::string name = fs::path(path).filename().string();
    size_t start = name.find_first_not_of('.');
    if (start == std::string::npos) return "";
    size_t dot = name.find('.', start);
    return dot == std::string::npos ? std::string() : name.substr(dot);
}

void writeFileAtomically(const std::string& target, const std::function<void(const std::string&)>& write,
                         const std::function<void(const std::string&)>& verify) {
    const fs::path t(target);
    const fs::path dir = folderOf(target);
    std::error_code ec;
    fs::create_directories(dir, ec);
    const std::string ext = fullExtension(target);
    const std::string stem = t.filename().string().substr(0, t.filename().string().size() - ext.size());
    const fs::path tmp = dir / ("." + stem + ".saving-" + uniqueTag() + ext);
    try {
        write(tmp.string());
        struct stat st;
        if (::stat(tmp.c_str(), &st) != 0) throw std::runtime_error("the writer produced no file for " + target);
        if (verify) verify(tmp.string());
        if (const int err = syncPath(tmp)) throwWriteFailure(target, err);
        renameOrThrow(tmp, t);
        syncPath(dir);
    } catch (...) {
        removeTree(tmp.string());
        throw;
    }
}

void writeBytesAtomically(const std::string& target, const void* data, size_t size) {
    writeFileAtomically(target, [&](const std::string& tmp) {
        CheckedFileWriter out(tmp);
        out.write(data, size);
        out.finish();
    });
}

void writeFolderAtomically(const std::string& target, const std::function<void(const std::string&)>& write) {
    fs::path t = fs::path(target).lexically_normal();
    if (t.filename().empty()) t = t.parent_path();
    const fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    const std::string tag = uniqueTag();
    const fs::path tmp = dir / ("." + t.filename().string() + ".saving-" + tag);
    const fs::path old = dir / ("." + t.filename().string() + ".old-" + tag);
    try {
        if (!fs::create_directories(tmp, ec) && ec) throwWriteFailure(tmp.string(), ec.value());
        write(tmp.string());
        for (const auto& entry : fs::directory_iterator(tmp))
            if (const int err = syncPath(entry.path())) throwWriteFailure(entry.path().string(), err);
        const bool hadOld = fs::exists(t, ec);
        if (hadOld) renameOrThrow(t, old);
        try {
            renameOrThrow(tmp, t);
        } catch (...) {
            if (hadOld) ::rename(old.c_str(), t.c_str());  // put the previous version back
            throw;
        }
        syncPath(dir);
        if (hadOld) removeTree(old.string());
    } catch (...) {
        removeTree(tmp.string());
        throw;
    }
}

}  // namespace cosingan

namespace cosingan {

void moveFolder(const std::string& from, const std::string& to) {
    std::error_code ec;
    if (fs::exists(to, ec) || fs::is_symlink(to, ec)) throw UserError(COSINGAN_MESSAGE("Messages", "'%1' already exists."), {to});
    fs::create_directories(folderOf(to), ec);
    if (::rename(from.c_str(), to.c_str()) == 0) return;
    if (errno != EXDEV)
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' cannot be moved to '%2': %3."), {from, to, std::strerror(errno)});
    const fs::path tmp = folderOf(to) / ("." + fs::path(to).filename().string() + ".saving-" + uniqueTag());
    try {
        fs::copy(from, tmp, fs::copy_options::recursive);
        renameOrThrow(tmp, to);
    } catch (const fs::filesystem_error& e) {
        removeTree(tmp.string());
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' cannot be copied to '%2': %3."), {from, to, e.code().message()});
    } catch (...) {
        removeTree(tmp.string());
        throw;
    }
    removeTree(from);
}

}  // namespace cosingan
