#include "GeneratedFolder.h"

#include "SliceInput.h"

#include "util/FileSafety.h"

#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan::cli {

namespace {
constexpr const char* kFormat = "cosingan-generated-images";
}

GeneratedFolder::GeneratedFolder(std::string folder) : folder_(std::move(folder)) {}

void GeneratedFolder::claim(const std::vector<std::string>& fileNames) {
    const PathKind kind = pathKind(folder_);
    if (kind != PathKind::Missing && kind != PathKind::Directory)
        throw std::runtime_error("--out '" + folder_ + "' is " + describeKind(kind) +
                                 ", not a folder: choose a folder for the images (nothing was written)");
    const fs::path record = fs::path(folder_) / kRecordName;
    if (kind == PathKind::Directory && pathKind(record.string()) != PathKind::Missing) {
        Json j;
        try {
            j = readJsonFile(record.string());
        } catch (const std::exception&) {
            j = Json();
        }
        if (!j.isObject() || j.value("format", "") != std::string(kFormat))
            throw std::runtime_error("'" + record.string() + "' exists and was not written by cosingan generate: choose "
                                     "another --out folder (nothing was written)");
        if (const Json* files = j.find("files"))
            for (const Json& f : files->asArray()) owned_.insert(f.asString());
    }
    for (const std::string& name : fileNames) {
        const fs::path target = fs::path(folder_) / name;
        if (pathKind(target.string()) != PathKind::Missing && !owned_.count(name))
            throw std::runtime_error("'" + target.string() + "' already exists and was not written by cosingan generate: "
                                     "choose another --out folder (nothing was written)");
    }
    std::error_code ec;
    fs::create_directories(folder_, ec);
    if (pathKind(folder_) != PathKind::Directory) throw std::runtime_error("cannot create the folder '" + folder_ + "': " + ec.message());
    owned_.insert(fileNames.begin(), fileNames.end());
    writeRecord({});  // before the images: an interrupted run still owns what it may have written
}

std::string GeneratedFolder::write(const std::string& baseName, const std::vector<uint8_t>& pixels, int width, int height) {
    const std::string path = writeImage((fs::path(folder_) / baseName).string(), pixels, width, height);
    written_.push_back(fs::path(path).filename().string());
    return path;
}

void GeneratedFolder::finish(const std::string& modelFolder) { writeRecord(modelFolder); }

void GeneratedFolder::writeRecord(const std::string& modelFolder) const {
    Json j = Json::object();
    j["format"] = kFormat;
    j["files"] = std::vector<std::string>(owned_.begin(), owned_.end());
    if (!modelFolder.empty()) {
        j["last_run"]["model"] = fs::absolute(modelFolder).lexically_normal().string();
        j["last_run"]["written"] = written_;
    }
    writeJsonFile((fs::path(folder_) / kRecordName).string(), j);
}

}  // namespace cosingan::cli
