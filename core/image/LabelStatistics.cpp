#include "LabelStatistics.h"

#include <opencv2/core.hpp>

#include <cmath>
#include <stdexcept>

namespace cosingan {

namespace {

// Running sums per label, so slices combine into a volume exactly.
struct Sums {
    std::array<double, kLabelCount> n{}, sum{}, sumSq{};
};

void addSlice(const CtVolume& volume, const LabelMap& labels, int k, Sums& s) {
    const int w = volume.columns(), h = volume.rows();
    const size_t offset = size_t(k) * size_t(w) * size_t(h);
    const cv::Mat hu(h, w, CV_16S, const_cast<int16_t*>(volume.voxels().data() + offset));
    const cv::Mat lab(h, w, CV_8U, const_cast<uint8_t*>(labels.voxels().data() + offset));
    cv::Mat huF;
    hu.convertTo(huF, CV_64F);
    for (int l = 0; l < kLabelCount; ++l) {
        const cv::Mat mask = lab == l;
        const int n = cv::countNonZero(mask);
        if (n == 0) continue;
        cv::Scalar mean, sd;
        cv::meanStdDev(huF, mean, sd, mask);
        s.n[size_t(l)] += n;
        s.sum[size_t(l)] += mean[0] * n;
        s.sumSq[size_t(l)] += (sd[0] * sd[0] + mean[0] * mean[0]) * n;
    }
}

LabelMeasures finish(const Sums& s, double voxelMm3, double pixelMm2) {
    LabelMeasures m;
    for (size_t l = 0; l < m.size(); ++l) {
        const double n = s.n[l];
        m[l].voxels = size_t(n);
        m[l].areaMm2 = n * pixelMm2;
        m[l].volumeMl = n * voxelMm3 / 1000.0;
        if (n > 0) {
            m[l].huMean = s.sum[l] / n;
            m[l].huSd = std::sqrt(std::max(0.0, s.sumSq[l] / n - m[l].huMean * m[l].huMean));
        }
    }
    return m;
}

void requireSameGrid(const CtVolume& volume, const LabelMap& labels) {
    if (labels.geometry().size != volume.geometry().size)
        throw std::invalid_argument("the label map and the CT have different sizes");
}

}  // namespace

LabelMeasures measureSlice(const CtVolume& volume, const LabelMap& labels, int k) {
    requireSameGrid(volume, labels);
    if (k < 0 || k >= volume.slices()) throw std::out_of_range("no such slice");
    Sums s;
    addSlice(volume, labels, k, s);
    const auto& sp = volume.geometry().spacing;
    return finish(s, sp[0] * sp[1] * sp[2], sp[0] * sp[1]);
}

LabelMeasures measureVolume(const CtVolume& volume, const LabelMap& labels) {
    requireSameGrid(volume, labels);
    Sums s;
    for (int k = 0; k < volume.slices(); ++k) addSlice(volume, labels, k, s);
    const auto& sp = volume.geometry().spacing;
    return finish(s, sp[0] * sp[1] * sp[2], sp[0] * sp[1]);
}

}  // namespace cosingan
