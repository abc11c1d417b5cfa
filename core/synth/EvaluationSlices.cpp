#include "EvaluationSlices.h"

#include "image/SliceExtraction.h"
#include "util/AtomicFile.h"
#include "util/Json.h"

#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

constexpr const char* kMarker = "cosingan-evaluation-slices.json";

// "slice 12" -> "slice-12": names that need no quoting on a command line.
std::string fileNameOf(std::string name) {
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') c = '-';
    return name.empty() ? std::string("slice") : name;
}

}  // namespace

std::string writeEvaluationSlices(const std::string& datasetFolder,
                                  const std::vector<std::pair<std::string, std::vector<gan::LabelledSlice>>>& sets) {
    const fs::path out = fs::path(datasetFolder) / kEvaluationSlicesFolder;
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::exists(out / kMarker, ec))
        throw std::runtime_error("'" + out.string() + "' exists and was not written by CoSinGAN Studio: it is left alone");
    writeFolderAtomically(out.string(), [&](const std::string& tmp) {
        const fs::path staging(tmp);
        Json record = Json::object();
        record["format"] = "cosingan-studio-evaluation-slices";
        Json counts = Json::object();
        for (const auto& [name, slices] : sets) {
            fs::create_directories(staging / name / "images");
            fs::create_directories(staging / name / "labels");
            for (const auto& s : slices) {
                const std::string file = fileNameOf(s.name) + ".png";
                writeGrayPng((staging / name / "images" / file).string(), s.image, s.width, s.height);
                writeGrayPng((staging / name / "labels" / file).string(), s.labels, s.width, s.height);
            }
            counts[name] = int(slices.size());
        }
        record["slices"] = counts;
        writeJsonFile((staging / kMarker).string(), record);
    });
    return out.string();
}

}  // namespace cosingan
