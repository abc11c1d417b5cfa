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

std::vector<std::string> uniqueOutputNames(const std::vector<std::string>& paths) {
    std::vector<std::string> names;
    std::map<std::string, int> count;
    for (const auto& p : paths) ++count[fs::path(p).stem().stem().string()];
    std::set<std::string> taken;
    for (const auto& p : paths) {
        std::string n = fs::path(p).stem().stem().string();
        if (count[n] > 1) {
            const std::string parent = fs::absolute(p).parent_path().filename().string();
            if (!parent.empty()) n = parent + "_" + n;
        }
        std::string unique = n;
        for (int k = 2; taken.count(unique); ++k) unique = n + "_" + std::to_string(k);
        taken.insert(unique);
        names.push_back(unique);
    }
    return names;
}

std::vector<gan::SliceData> usableConditions(std::vector<gan::SliceData> masks, std::vector<std::string>& names) {
    if (masks.size() == 1) {
        masks.front().validateAsCondition();
        return masks;
    }
    std::vector<gan::SliceData> usable;
    std::vector<std::string> kept;
    std::string lastReason;
    for (size_t i = 0; i < masks.size(); ++i) {
        try {
            masks[i].validateAsCondition();
            usable.push_back(std::move(masks[i]));
            kept.push_back(names[i]);
        } catch (const std::invalid_argument& e) {
            lastReason = e.what();
            std::fprintf(stderr, "warning: skipped %s\n", e.what());
        }
    }
    if (usable.empty()) throw std::invalid_argument("none of the masks can be used; the last: " + lastReason);
    names = kept;
    return usable;
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
