#include "LesionPlacement.h"

#include "util/UserMessage.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace cosingan {

LesionPlacement placeLesions(const LabelMap& study, const LabelMap& lesions) {
    LesionPlacement out;
    out.labels = study;
    for (int k = 0; k < study.slices(); ++k)
        if (study.sliceHasLungs(k)) {
            if (out.firstLungSlice < 0) out.firstLungSlice = k;
            out.lastLungSlice = k;
        }
    if (out.firstLungSlice < 0)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The study has no lungs to place lesions in: propose or paint the "
                                                          "lungs first."),
                             {});
    size_t lesionVoxels = 0;
    for (uint8_t v : lesions.voxels()) lesionVoxels += v != 0;
    if (lesionVoxels == 0)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The lesion mask holds no lesion (every voxel is 0)."), {});

    const int n = lesions.slices(), columns = study.columns(), rows = study.rows();
    const int span = out.lastLungSlice - out.firstLungSlice;
    for (int z = out.firstLungSlice; z <= out.lastLungSlice; ++z) {
        const double t = span > 0 ? double(z - out.firstLungSlice) / span : 0.5;
        const int source = int(std::lround(t * (n - 1)));
        const cv::Mat lesion(lesions.rows(), lesions.columns(), CV_8U, const_cast<uint8_t*>(lesions.slice(source)));
        cv::Mat resized;
        cv::resize(lesion, resized, cv::Size(columns, rows), 0, 0, cv::INTER_NEAREST);
        uint8_t* labels = out.labels.slice(z);
        for (size_t i = 0; i < size_t(columns) * size_t(rows); ++i) {
            if (!resized.data[i]) continue;
            if (labels[i] == 0) {
                ++out.outsideLungs;
                continue;
            }
            labels[i] = uint8_t(Label::Infection);
            ++out.placed;
        }
    }
    return out;
}

}  // namespace cosingan
