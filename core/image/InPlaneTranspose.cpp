#include "InPlaneTranspose.h"

#include <opencv2/core.hpp>

#include <stdexcept>
#include <utility>

namespace cosingan {

namespace {
template <typename T>
constexpr int cvType() {
    return sizeof(T) == 1 ? CV_8U : CV_16S;
}

template <typename T>
void transposeSlices(const VoxelGrid<T>& src, VoxelGrid<T>& dst) {
    const int w = src.columns(), h = src.rows();
    for (int k = 0; k < src.slices(); ++k) {
        const cv::Mat in(h, w, cvType<T>(), const_cast<T*>(src.slice(k)));
        cv::Mat out(w, h, cvType<T>(), dst.slice(k));
        cv::transpose(in, out);  // writes into dst's memory: the output has the right size and type
    }
}
}  // namespace

ImageGeometry transposedInPlane(const ImageGeometry& g) {
    ImageGeometry t = g;
    std::swap(t.size[0], t.size[1]);
    std::swap(t.spacing[0], t.spacing[1]);
    return t;
}

CtVolume transposedInPlane(const CtVolume& volume) {
    CtVolume t(transposedInPlane(volume.geometry()));
    transposeSlices(volume, t);
    t.provenance = volume.provenance;
    return t;
}

LabelMap transposedInPlane(const LabelMap& labels) {
    LabelMap t(transposedInPlane(labels.geometry()));
    transposeSlices(labels, t);
    return t;
}

}  // namespace cosingan
