#include "LungProposal.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cosingan {

namespace {

cv::Mat ellipseKernel(double mm, double spacingX, double spacingY) {
    const int rx = std::max(1, int(std::lround(mm / spacingX))), ry = std::max(1, int(std::lround(mm / spacingY)));
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * rx + 1, 2 * ry + 1));
}

// The body: the largest tissue region, its holes filled, and its convex hull so that lungs that
// reach the edge of a cropped slice still count as inside.
cv::Mat bodyRegion(const cv::Mat& tissue) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(tissue, labels, stats, centroids, 8);
    int best = -1, bestArea = 0;
    for (int i = 1; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) > bestArea) {
            bestArea = stats.at<int>(i, cv::CC_STAT_AREA);
            best = i;
        }
    cv::Mat body = cv::Mat::zeros(tissue.size(), CV_8U);
    if (best < 0) return body;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(cv::Mat(labels == best), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Point> all;
    for (const auto& c : contours) all.insert(all.end(), c.begin(), c.end());
    std::vector<cv::Point> hull;
    cv::convexHull(all, hull);
    cv::fillConvexPoly(body, hull, cv::Scalar(255));
    return body;
}

cv::Mat fillHoles(const cv::Mat& mask) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    cv::Mat filled = cv::Mat::zeros(mask.size(), CV_8U);
    cv::drawContours(filled, contours, -1, cv::Scalar(255), cv::FILLED);
    return filled;
}

}  // namespace

LungProposal proposeLungs(const int16_t* hu, int columns, int rows, double spacingX, double spacingY,
                          const uint8_t* existing, const LungProposalOptions& o) {
    LungProposal result;
    result.labels.assign(size_t(columns) * size_t(rows), 0);
    const cv::Mat huMat(rows, columns, CV_16S, const_cast<int16_t*>(hu));
    cv::Mat infection = cv::Mat::zeros(rows, columns, CV_8U);
    if (existing) infection = cv::Mat(rows, columns, CV_8U, const_cast<uint8_t*>(existing)) == 3;

    const cv::Mat tissue = huMat >= o.airThresholdHu;
    const cv::Mat body = bodyRegion(tissue);
    // Air inside the body: a small opening removes noise, the closing bridges vessels.
    cv::Mat air = (huMat < o.airThresholdHu) & body;
    cv::erode(body, body, ellipseKernel(3.0, spacingX, spacingY));
    air &= body;
    cv::morphologyEx(air, air, cv::MORPH_OPEN, ellipseKernel(1.0, spacingX, spacingY));
    air |= infection;
    cv::morphologyEx(air, air, cv::MORPH_CLOSE, ellipseKernel(o.closingMm, spacingX, spacingY));

    cv::Mat comp, stats, centroids;
    const int n = cv::connectedComponentsWithStats(air, comp, stats, centroids, 8);
    int largest = 0;
    for (int i = 1; i < n; ++i) largest = std::max(largest, stats.at<int>(i, cv::CC_STAT_AREA));
    const double minArea = std::max(o.minComponentFraction * largest, o.minAreaFraction * columns * rows);
    std::vector<int> keep;
    for (int i = 1; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) >= minArea) keep.push_back(i);
    std::sort(keep.begin(), keep.end(), [&](int a, int b) {
        return stats.at<int>(a, cv::CC_STAT_AREA) > stats.at<int>(b, cv::CC_STAT_AREA);
    });
    if (keep.size() > 2) keep.resize(2);  // two lungs; smaller air (bowel, trachea) is not lung
    result.lungComponents = int(keep.size());
    if (keep.empty()) {
        result.note = "no air-filled lung was found on this slice";
        for (size_t i = 0; i < result.labels.size(); ++i) result.labels[i] = infection.data[i] ? 3 : 0;
        return result;
    }

    // The patient's left-right axis: normally the image's x axis (canonical LPS); when the two
    // lungs lie one above the other the image is transposed and it is the y axis.
    bool alongRows = false;
    if (keep.size() == 2) {
        const double dx = std::fabs(centroids.at<double>(keep[0], 0) - centroids.at<double>(keep[1], 0)) * spacingX;
        const double dy = std::fabs(centroids.at<double>(keep[0], 1) - centroids.at<double>(keep[1], 1)) * spacingY;
        alongRows = dy > dx;
    }
    result.leftRightAlongRows = alongRows;
    const cv::Moments bm = cv::moments(body, true);
    const double midline = bm.m00 > 0 ? (alongRows ? bm.m01 / bm.m00 : bm.m10 / bm.m00) : (alongRows ? rows : columns) / 2.0;

    // Smaller coordinate = the patient's right (radiological view): label 2; larger: left, label 1.
    // Two lungs: each filled region takes its side from the centroids; one region (lungs joined at
    // the anterior junction) is split at the body's midline; painted infection outside both follows
    // the midline too.
    std::vector<cv::Mat> filled;
    for (int k : keep) filled.push_back(fillHoles(comp == k));
    uint8_t regionLabel[2] = {0, 0};
    if (keep.size() == 2) {
        const int axis = alongRows ? 1 : 0;
        const bool firstIsRight = centroids.at<double>(keep[0], axis) < centroids.at<double>(keep[1], axis);
        regionLabel[0] = firstIsRight ? 2 : 1;
        regionLabel[1] = firstIsRight ? 1 : 2;
    }
    for (int y = 0; y < rows; ++y) {
        const uint8_t* inf = infection.ptr<uint8_t>(y);
        for (int x = 0; x < columns; ++x) {
            uint8_t& out = result.labels[size_t(y) * size_t(columns) + size_t(x)];
            const double side = (alongRows ? y : x) - midline;
            const uint8_t byMidline = side < 0 ? 2 : 1;
            for (size_t r = 0; r < filled.size(); ++r)
                if (filled[r].at<uint8_t>(y, x)) out = keep.size() == 2 ? regionLabel[r] : byMidline;
            if (inf[x]) out = 3;
        }
    }
    result.splitAcrossMidline = keep.size() == 1;
    result.note = keep.size() == 2 ? "two lungs found" : "one air region found: split at the body's midline";
    return result;
}

}  // namespace cosingan
