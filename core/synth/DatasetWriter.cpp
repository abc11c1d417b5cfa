#include "DatasetWriter.h"

#include "util/Timestamp.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "util/Json.h"
#include "util/UserMessage.h"

#include <cstdio>
#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

std::string caseName(const std::string& dataset, int index) {
    char number[16];
    std::snprintf(number, sizeof number, "%04d", index);
    return dataset + "_" + number;
}

// OUT may be created, filled (empty folder) or replaced (an export of ours); anything else is
// refused before any work is done.
bool mayReplace(const fs::path& out) {
    std::error_code ec;
    if (!fs::exists(out, ec)) return false;
    if (!fs::is_directory(out, ec))
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is a file: choose a folder name for the dataset."), {out.string()});
    if (fs::is_empty(out, ec)) return false;
    if (!fs::exists(out / kExportRecordName, ec))
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is a folder with other files in it and not a dataset exported by "
                                         "CoSinGAN Studio: nothing is written there. Choose a new or empty folder."),
                        {out.string()});
    return true;
}

fs::path siblingName(const fs::path& out, const char* what) {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path p = out.parent_path() / (out.filename().string() + what + std::to_string(rd() % 1000000));
        std::error_code ec;
        if (!fs::exists(p, ec)) return p;
    }
    throw std::runtime_error("cannot find a free temporary name next to '" + out.string() + "'");
}

void writeCase(const fs::path& root, DatasetLayout layout, const std::string& name, const std::vector<uint8_t>& image,
               const std::vector<uint8_t>& labels, int w, int h, const double spacing[3]) {
    if (layout == DatasetLayout::PngPairs) {
        writeGrayPng((root / "images" / (name + ".png")).string(), image, w, h);
        writeGrayPng((root / "labels" / (name + ".png")).string(), labels, w, h);
        return;
    }
    ImageGeometry g;
    g.size = {w, h, 1};
    g.spacing = {spacing[0], spacing[1], spacing[2]};
    CtVolume ct(g, int16_t(0));
    for (size_t i = 0; i < image.size(); ++i) ct.voxels()[i] = eightBitToHu(image[i]);
    ct.provenance.description = "CoSinGAN synthetic CT (HU from the lung window)";
    const bool nnunet = layout == DatasetLayout::NnUnet;
    writeCtVolume(ct, (root / (nnunet ? "imagesTr" : "images") / (name + (nnunet ? "_0000.nii.gz" : ".nii.gz"))).string());
    writeLabelMap(LabelMap(g, labels), (root / (nnunet ? "labelsTr" : "labels") / (name + ".nii.gz")).string(), "CoSinGAN labels 0..3");
}

}  // namespace

std::string layoutRecordName(DatasetLayout layout) {
    return layout == DatasetLayout::NnUnet ? "nnU-Net v2 raw" : layout == DatasetLayout::NiftiPairs ? "NIfTI pairs" : "PNG pairs";
}

DatasetWriter::DatasetWriter(const std::string& outFolder, DatasetLayout layout, std::string datasetName)
    : out_(fs::absolute(fs::path(outFolder)).lexically_normal()), layout_(layout), name_(std::move(datasetName)) {
    replace_ = mayReplace(out_);
    std::error_code ec;
    fs::create_directories(out_.parent_path(), ec);
    staging_ = siblingName(out_, ".partial-");
    const bool nnunet = layout_ == DatasetLayout::NnUnet;
    fs::create_directories(staging_ / (nnunet ? "imagesTr" : "images"));
    fs::create_directories(staging_ / (nnunet ? "labelsTr" : "labels"));
}

DatasetWriter::~DatasetWriter() {
    std::error_code ec;
    if (!committed_ && !staging_.empty()) fs::remove_all(staging_, ec);
}

std::string DatasetWriter::nextCaseName() { return caseName(name_, ++index_); }

void DatasetWriter::writeSlice(const std::string& name, const std::vector<uint8_t>& image, const std::vector<uint8_t>& labels,
                               int width, int height, const double spacing[3]) {
    writeCase(staging_, layout_, name, image, labels, width, height, spacing);
}

void DatasetWriter::writeVolume(const std::string& name, const CtVolume& ct, const LabelMap& labels) {
    if (layout_ == DatasetLayout::PngPairs) throw std::invalid_argument("whole volumes need a NIfTI layout (nnunet or nifti), not PNG");
    const bool nnunet = layout_ == DatasetLayout::NnUnet;
    writeCtVolume(ct, (staging_ / (nnunet ? "imagesTr" : "images") / (name + (nnunet ? "_0000.nii.gz" : ".nii.gz"))).string());
    writeLabelMap(labels, (staging_ / (nnunet ? "labelsTr" : "labels") / (name + ".nii.gz")).string(), "CoSinGAN labels 0..3");
}

std::string DatasetWriter::commit(Json record) {
    if (layout_ == DatasetLayout::NnUnet) {
        Json dataset = Json::object();
        Json channels = Json::object();
        channels["0"] = "CT";
        dataset["channel_names"] = channels;
        Json labels = Json::object();
        labels["background"] = 0;
        labels["left lung"] = 1;
        labels["right lung"] = 2;
        labels["infection"] = 3;
        dataset["labels"] = labels;
        dataset["numTraining"] = index_;
        dataset["file_ending"] = ".nii.gz";
        dataset["name"] = name_;
        dataset["description"] = "Synthetic CT made by CoSinGAN Studio from one annotated slice";
        writeJsonFile((staging_ / "dataset.json").string(), dataset);
    }
    record["format"] = "cosingan-studio-export";
    record["layout"] = layoutRecordName(layout_);
    record["created"] = isoTimestampNow();
    writeJsonFile((staging_ / kExportRecordName).string(), record);

    // Into place: an earlier export of ours is moved aside first and removed once the new one is in.
    std::error_code ec;
    fs::path previous;
    if (replace_) {
        previous = siblingName(out_, ".previous-");
        fs::rename(out_, previous);
    } else if (fs::exists(out_, ec)) {
        fs::remove(out_);  // the empty folder it was
    }
    try {
        fs::rename(staging_, out_);
    } catch (...) {
        if (!previous.empty()) fs::rename(previous, out_, ec);  // the earlier export back in place
        throw;
    }
    if (!previous.empty()) fs::remove_all(previous, ec);
    committed_ = true;
    if (!previous.empty()) fs::remove_all(previous, ec);
    return out_.string();
}

}  // namespace cosingan
