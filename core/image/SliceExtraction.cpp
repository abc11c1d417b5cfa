#include "SliceExtraction.h"

#include "InPlaneTranspose.h"
#include "annotate/LungProposal.h"
#include "util/AtomicFile.h"
#include "util/UserMessage.h"
#include "volume/Window.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cmath>
#include <stdexcept>

namespace cosingan {

namespace {
std::vector<uint8_t> maybeTranspose(const std::vector<uint8_t>& v, int columns, int rows, bool transpose) {
    return transpose ? gan::transposedPixels(v, columns, rows) : v;
}
}  // namespace

int16_t hounsfieldFromEngine(uint8_t value) {
    const WindowLevel w = windowPreset(WindowPreset::PaperLung).window;
    return int16_t(std::lround(w.low() + w.width * double(value) / 255.0));
}

CtVolume volumeFromEngineSlice(const gan::SliceData& slice, double spacingX, double spacingY) {
    CtVolume v(ImageGeometry::forSlice(slice.width, slice.height, spacingX, spacingY), int16_t(-1024));
    if (slice.hasImage())
        for (size_t i = 0; i < slice.image.size(); ++i) v.voxels()[i] = hounsfieldFromEngine(slice.image[i]);
    return v;
}

LabelMap labelsFromEngineSlice(const gan::SliceData& slice, double spacingX, double spacingY) {
    LabelMap l(ImageGeometry::forSlice(slice.width, slice.height, spacingX, spacingY), uint8_t(0));
    if (slice.labels.size() == l.voxels().size()) l.voxels() = slice.labels;
    return l;
}

gan::SliceData sliceForEngine(const CtVolume& volume, const LabelMap* labels, int k, bool transpose) {
    if (k < 0 || k >= volume.slices())
        throw std::invalid_argument("slice " + std::to_string(k) + " does not exist (the volume has " +
                                    std::to_string(volume.slices()) + " slices)");
    gan::SliceData s;
    const int w = volume.columns(), h = volume.rows();
    s.width = transpose ? h : w;
    s.height = transpose ? w : h;
    s.image = maybeTranspose(applyWindow(volume.sliceCopy(k), w, h, windowPreset(WindowPreset::PaperLung).window), w, h, transpose);
    if (labels) {
        if (labels->geometry().size != volume.geometry().size)
            throw std::invalid_argument("the label map does not match the image's size");
        s.labels = maybeTranspose(labels->sliceCopy(k), w, h, transpose);
    } else {
        s.labels.assign(s.image.size(), 0);
    }
    s.source = volume.provenance.source;
    s.sliceIndex = volume.slices() > 1 ? k : -1;
    return s;
}

gan::SliceData maskForEngine(const LabelMap& labels, int k, bool transpose) {
    gan::SliceData s;
    const int w = labels.columns(), h = labels.rows();
    s.width = transpose ? h : w;
    s.height = transpose ? w : h;
    s.labels = maybeTranspose(labels.sliceCopy(k), w, h, transpose);
    s.sliceIndex = k;
    return s;
}

gan::SliceData assembleTrainingSlice(const CtVolume& volume, LabelMap labels, int k,
                                     const std::vector<uint8_t>* infectionMask, bool autoLungs, bool transpose,
                                     std::string* note) {
    if (k < 0 || k >= volume.slices())
        throw std::invalid_argument("slice " + std::to_string(k) + " is outside 0.." + std::to_string(volume.slices() - 1));
    if (volume.columns() < 16 || volume.rows() < 16)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The slice is only %1 x %2 pixels: too small to train on (at least "
                                                          "16 x 16)."),
                             {std::to_string(volume.columns()), std::to_string(volume.rows())});
    if (infectionMask) {
        if (infectionMask->size() != volume.geometry().sliceVoxels())
            throw std::invalid_argument("the infection mask does not have the slice's size");
        uint8_t* s = labels.slice(k);
        for (size_t i = 0; i < infectionMask->size(); ++i)
            if ((*infectionMask)[i]) s[i] = 3;
    }
    gan::SliceData slice = sliceForEngine(volume, &labels, k, transpose);
    if (autoLungs) {
        const auto& g = volume.geometry();
        const double sx = transpose ? g.spacing[1] : g.spacing[0], sy = transpose ? g.spacing[0] : g.spacing[1];
        std::vector<int16_t> hu = volume.sliceCopy(k);
        if (transpose) {
            std::vector<int16_t> t(hu.size());
            const int w = volume.columns(), h = volume.rows();
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) t[size_t(x) * size_t(h) + size_t(y)] = hu[size_t(y) * size_t(w) + size_t(x)];
            hu.swap(t);
        }
        const LungProposal p = proposeLungs(hu.data(), slice.width, slice.height, sx, sy, slice.labels.data());
        slice.labels = p.labels;
        if (note) *note = p.note;
    }
    return slice;
}

void writeGrayPng(const std::string& path, const std::vector<uint8_t>& pixels, int width, int height) {
    if (pixels.size() != size_t(width) * size_t(height)) throw std::invalid_argument("image size mismatch");
    cv::Mat img(height, width, CV_8U, const_cast<uint8_t*>(pixels.data()));
    // Encoded in memory and written by us: cv::imwrite does not report a failed flush (a full
    // disk left a truncated PNG under its final name).
    std::vector<uchar> png;
    if (!cv::imencode(".png", img, png)) throw std::runtime_error("cannot encode '" + path + "' as PNG");
    writeBytesAtomically(path, png.data(), png.size());
}

}  // namespace cosingan
