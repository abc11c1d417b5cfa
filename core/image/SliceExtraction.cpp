#include "SliceExtraction.h"

#include "util/AtomicFile.h"
#include "volume/Window.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <stdexcept>

namespace cosingan {

namespace {
std::vector<uint8_t> maybeTranspose(const std::vector<uint8_t>& v, int columns, int rows, bool transpose) {
    if (!transpose) return v;
    cv::Mat src(rows, columns, CV_8U, const_cast<uint8_t*>(v.data()));
    cv::Mat t = src.t();
    return std::vector<uint8_t>(t.data, t.data + t.total());
}
}  // namespace

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

std::vector<int16_t> eightBitToHuSlice(const std::vector<uint8_t>& pixels) {
    std::vector<int16_t> hu(pixels.size());
    for (size_t i = 0; i < pixels.size(); ++i) hu[i] = eightBitToHu(pixels[i]);
    return hu;
}

void writeGrayPng(const std::string& path, const std::vector<uint8_t>& pixels, int width, int height) {
    if (pixels.size() != size_t(width) * size_t(height)) throw std::invalid_argument("image size mismatch");
    cv::Mat img(height, width, CV_8U, const_cast<uint8_t*>(pixels.data()));
    writeFileAtomically(path, [&](const std::string& tmp) {
        if (!cv::imwrite(tmp, img)) throw std::runtime_error("cannot write " + path);
    });
}

}  // namespace cosingan
