#include "LabelImport.h"

#include "util/UserMessage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

namespace cosingan {

ImportAs guessImportAs(const std::string& path, const std::vector<uint8_t>& values) {
    const uint8_t value = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    auto lowered = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return s;
    };
    // The file's name and its folder's ("lungs/10.png", "lung-mask.nii.gz").
    const std::string p = lowered(path);
    const size_t slash = p.find_last_of("/\\");
    const std::string name = slash == std::string::npos ? p : p.substr(slash + 1);
    const size_t parent = slash == std::string::npos || slash == 0 ? std::string::npos : p.find_last_of("/\\", slash - 1);
    const std::string near = parent == std::string::npos ? p : p.substr(parent + 1);
    if (value == 2 || value == 3 || name.find("label") != std::string::npos) return ImportAs::LabelMap;
    return near.find("lung") != std::string::npos ? ImportAs::Lungs : ImportAs::Infection;
}

bool isBinaryMask(const std::vector<uint8_t>& values) {
    std::set<uint8_t> seen;
    for (uint8_t v : values) {
        seen.insert(v);
        if (seen.size() > 2) return false;
    }
    return seen.size() == 2 && *seen.begin() == 0;
}

ImportSummary& ImportSummary::operator+=(const ImportSummary& o) {
    for (size_t i = 0; i < gained.size(); ++i) gained[i] += o.gained[i];
    refused += o.refused;
    return *this;
}

std::string ImportSummary::describe() const {
    static const char* names[] = {"background", "left lung", "right lung", "infection"};
    std::string text;
    for (size_t i = 0; i < gained.size(); ++i)
        if (gained[i]) text += (text.empty() ? "+" : ", +") + std::to_string(gained[i]) + " " + names[i];
    if (text.empty()) text = "no pixel changed";
    if (refused) text += ", " + std::to_string(refused) + " kept by the masking policy";
    return text + " (pixels)";
}

namespace {

// Each connected region of the mask goes to the lung on its side: the image's left half is the
// patient's right (radiological convention of our canonical LPS layout), split at the mask's centre.
std::vector<uint8_t> lungSides(const std::vector<uint8_t>& mask, int columns, int rows) {
    cv::Mat inside(rows, columns, CV_8U);
    for (size_t i = 0; i < mask.size(); ++i) inside.data[i] = mask[i] ? 255 : 0;
    cv::Mat ids, stats, centroids;
    const int n = cv::connectedComponentsWithStats(inside, ids, stats, centroids, 8, CV_32S);
    const cv::Moments m = cv::moments(inside, true);
    const double midline = m.m00 > 0 ? m.m10 / m.m00 : columns / 2.0;
    std::vector<uint8_t> side(size_t(n), 0);
    for (int c = 1; c < n; ++c) side[size_t(c)] = centroids.at<double>(c, 0) < midline ? 2 : 1;
    std::vector<uint8_t> out(mask.size(), 0);
    for (size_t i = 0; i < mask.size(); ++i) out[i] = side[size_t(ids.at<int>(int(i)))];
    return out;
}

}  // namespace

ImportSummary mergeImportedSlice(std::vector<uint8_t>& current, const std::vector<uint8_t>& mask, const int16_t* hu,
                                 int columns, int rows, ImportAs as, const MaskingPolicy& policy) {
    const size_t n = size_t(columns) * size_t(rows);
    if (current.size() != n || mask.size() != n) throw UserInputError(COSINGAN_MESSAGE("Messages", "The imported mask does not match the slice size."), {});
    std::vector<uint8_t> target;
    if (as == ImportAs::Lungs) target = lungSides(mask, columns, rows);
    ImportSummary summary;
    for (size_t i = 0; i < n; ++i) {
        uint8_t value;
        if (as == ImportAs::LabelMap) {
            if (mask[i] > 3) throw UserInputError(COSINGAN_MESSAGE("Messages", "A label map holds values 0..3 only."), {});
            value = mask[i];
        } else {
            if (!mask[i]) continue;  // outside the mask nothing changes: importing infection keeps the lungs
            value = as == ImportAs::Infection ? uint8_t(3) : target[i];
        }
        if (current[i] == value) continue;
        if (!policy.allows(hu[i], current[i], value)) {
            ++summary.refused;
            continue;
        }
        current[i] = value;
        ++summary.gained[value];
    }
    return summary;
}

ImportSummary mergeImportedVolume(LabelMap& current, const LabelMap& mask, const CtVolume& ct, ImportAs as,
                                  const MaskingPolicy& policy) {
    if (mask.geometry().size != current.geometry().size || ct.geometry().size != current.geometry().size)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The imported mask does not match the study's size."), {});
    ImportSummary summary;
    for (int k = 0; k < current.slices(); ++k) {
        std::vector<uint8_t> slice = current.sliceCopy(k);
        summary += mergeImportedSlice(slice, mask.sliceCopy(k), ct.slice(k), current.columns(), current.rows(), as, policy);
        current.setSlice(k, slice);
    }
    return summary;
}

}  // namespace cosingan
