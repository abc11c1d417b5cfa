#include "AtomicFile.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fcntl.h>
#include <ftw.h>
#include <cstdio>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace cosingan {

namespace {
std::string uniqueTag() {
    static std::atomic<unsigned> counter{0};
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return std::to_string(::getpid()) + "-" + std::to_string(now % 1000000007) + "-" + std::to_string(counter++);
}

void syncPath(const fs::path& p) {
    int fd = ::open(p.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
}  // namespace

namespace {
int removeEntry(const char* path, const struct stat*, int, struct FTW*) { return std::remove(path) == 0 ? 0 : 0; }
}  // namespace

void removeTree(const std::string& path) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return;
    if (!S_ISDIR(st.st_mode)) {
        std::remove(path.c_str());
        return;
    }
    ::nftw(path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

std::string fullExtension(const std::string& path) {
    std::string name = fs::path(path).filename().string();
    size_t start = name.find_first_not_of('.');
    if (start == std::string::npos) return "";
    size_t dot = name.find('.', start);
    return dot == std::string::npos ? std::string() : name.substr(dot);
}

void writeFileAtomically(const std::string& target, const std::function<void(const std::string&)>& write) {
    fs::path t(target);
    fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string ext = fullExtension(target);
    std::string stem = t.filename().string().substr(0, t.filename().string().size() - ext.size());
    fs::path tmp = dir / ("." + stem + ".saving-" + uniqueTag() + ext);
    try {
        write(tmp.string());
        if (!fs::exists(tmp)) throw std::runtime_error("the writer produced no file for " + target);
        syncPath(tmp);
        fs::rename(tmp, t);
        syncPath(dir);
    } catch (...) {
        fs::remove(tmp, ec);
        throw;
    }
}

void writeFolderAtomically(const std::string& target, const std::function<void(const std::string&)>& write) {
    fs::path t = fs::path(target).lexically_normal();
    if (t.filename().empty()) t = t.parent_path();
    fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string tag = uniqueTag();
    fs::path tmp = dir / ("." + t.filename().string() + ".saving-" + tag);
    fs::path old = dir / ("." + t.filename().string() + ".old-" + tag);
    try {
        fs::create_directories(tmp);
        write(tmp.string());
        for (const auto& entry : fs::directory_iterator(tmp)) syncPath(entry.path());
        bool hadOld = fs::exists(t);
        if (hadOld) fs::rename(t, old);
        try {
            fs::rename(tmp, t);
        } catch (...) {
            if (hadOld) fs::rename(old, t, ec);  // put the previous version back
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
