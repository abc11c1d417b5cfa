#include "VolumeSynthesis.h"

#include "gan/LungBox.h"
#include "image/SliceExtraction.h"
#include "io/NiftiIntegrity.h"
#include "io/VolumeIO.h"
#include "volume/Window.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace cosingan {

SynthesizedVolume synthesizeVolume(const gan::CoSinGanModel& model, const LabelMap& labels, const CtVolume* reference,
                                   const VolumeSynthesisOptions& options, JobControl* job) {
    const ImageGeometry& g = labels.geometry();
    if (labels.isEmpty()) throw std::invalid_argument("the label volume is empty");
    if (reference && !reference->geometry().sameGrid(g, 1e-2))
        throw std::invalid_argument("the reference CT does not lie on the label volume's grid (size, spacing, origin or "
                                    "orientation differ)");
    SynthesizedVolume out;
    out.labels = labels;
    out.ct = CtVolume(g, int16_t(-1024));
    std::vector<int> todo;
    for (int k = 0; k < labels.slices(); ++k) {
        if (labels.sliceHasLungs(k)) {
            todo.push_back(k);
        } else if (reference) {
            out.ct.setSlice(k, reference->sliceCopy(k));
            ++out.referenceSlices;
        } else {
            ++out.airSlices;
        }
    }
    if (todo.empty()) throw std::invalid_argument("no slice of the label volume holds lungs: there is nothing to synthesise from");

    std::vector<gan::SliceData> all;  // every slice with lungs, as the engine reads it
    for (int k : todo) all.push_back(maskForEngine(labels, k));
    // A lung-box model draws one box for the whole volume: the lungs of every slice, one scale.
    std::optional<gan::PixelBox> box;
    if (model.config().cropsToLungs()) {
        std::vector<const gan::SliceData*> ptrs;
        for (const auto& m : all) ptrs.push_back(&m);
        box = gan::lungBox(ptrs, model.config().lungCropMargin);
    }
    const size_t batch = size_t(std::max(1, options.synthesis.batchSize));
    for (size_t first = 0; first < todo.size(); first += batch) {
        if (job && job->isCancelRequested()) throw JobCancelled();
        if (job)
            job->reportProgress(double(first) / double(todo.size()),
                                "slice " + std::to_string(first + 1) + " of " + std::to_string(todo.size()));
        const std::vector<gan::SliceData> masks(all.begin() + long(first), all.begin() + long(std::min(todo.size(), first + batch)));
        gan::SynthesisOptions o = options.synthesis;
        o.intermediates = false;
        if (box) o.lungBox = box;
        o.seed = options.synthesis.seed + first;  // every batch its own draws, the same for the same seed
        const auto results = options.fuseWith ? gan::CoSinGanModel::generateFused(model, *options.fuseWith, masks, o, options.fusion)
                                              : model.generate(masks, o);
        for (size_t i = 0; i < results.size(); ++i) {
            const gan::SynthesisResult& r = results[i];
            std::vector<int16_t> hu(r.image.size());
            std::transform(r.image.begin(), r.image.end(), hu.begin(), hounsfieldFromEngine);
            const int k = todo[first + i];
            if (r.width != masks[i].width || r.height != masks[i].height) {
                // A lung-box model drew the box alone: around it, the reference CT or air.
                std::vector<int16_t> slice = reference ? reference->sliceCopy(k) : std::vector<int16_t>(masks[i].labels.size(), -1024);
                gan::pasteBox(hu, {r.x, r.y, r.width, r.height}, slice, masks[i].width);
                hu = std::move(slice);
            }
            out.ct.setSlice(k, hu);
        }
        out.generatedSlices += int(results.size());
    }
    if (job) job->reportProgress(1.0, "done");

    // Up to 79 characters in the NIfTI header: what it is and how its HU were made.
    char text[128];
    std::snprintf(text, sizeof text, "CoSinGAN synthetic CT, HU = lung window -1250..250 inverted, %d/%d slices",
                  out.generatedSlices, labels.slices());
    out.ct.provenance.description = text;
    out.ct.provenance.format = "NIfTI";
    out.ct.provenance.source = model.folder();
    return out;
}

std::string labelsPathFor(const std::string& ctPath) {
    const std::string lower = [&] {
        std::string s = ctPath;
        for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }();
    const size_t cut = lower.size() >= 7 && lower.compare(lower.size() - 7, 7, ".nii.gz") == 0 ? 7
                       : lower.size() >= 4 && lower.compare(lower.size() - 4, 4, ".nii") == 0  ? 4
                                                                                               : 0;
    return ctPath.substr(0, ctPath.size() - cut) + "-labels" + ctPath.substr(ctPath.size() - cut);
}

namespace {

constexpr const char* kMark = "CoSinGAN synthetic";

// A file already there may be replaced only when an earlier synthesis wrote it.
void requireOursOrAbsent(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return;
    NiftiHeader h;
    const bool ours = std::filesystem::is_regular_file(path, ec) && readNiftiHeader(path, h) && h.description.rfind(kMark, 0) == 0;
    if (!ours)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' already exists and is not a synthetic volume written by CoSinGAN "
                                       "Studio: choose another name (nothing was written)."),
                      {path});
}

}  // namespace

void writeSynthesizedVolume(const SynthesizedVolume& volume, const std::string& ctPath) {
    const std::string labelsPath = labelsPathFor(ctPath);
    requireOursOrAbsent(ctPath);
    requireOursOrAbsent(labelsPath);
    writeLabelMap(volume.labels, labelsPath, std::string(kMark) + " CT labels: 0 bg, 1 left lung, 2 right lung, 3 infection");
    try {
        writeCtVolume(volume.ct, ctPath);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(labelsPath, ec);  // no labels without their CT
        throw;
    }
}

}  // namespace cosingan
