#include "LungProposal.h"

#include "LungParts.h"

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

// The connected regions of `mask` that lie in good part (a quarter of their pixels) inside `region`.
cv::Mat mostlyInside(const cv::Mat& mask, const cv::Mat& region) {
    cv::Mat comp, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, comp, stats, centroids, 8);
    std::vector<int> inside(size_t(n), 0);
    for (int y = 0; y < mask.rows; ++y) {
        const int* c = comp.ptr<int>(y);
        const uint8_t* r = region.ptr<uint8_t>(y);
        for (int x = 0; x < mask.cols; ++x)
            if (c[x] > 0 && r[x]) ++inside[size_t(c[x])];
    }
    cv::Mat kept = cv::Mat::zeros(mask.size(), CV_8U);
    for (int y = 0; y < mask.rows; ++y) {
        const int* c = comp.ptr<int>(y);
        uint8_t* k = kept.ptr<uint8_t>(y);
        for (int x = 0; x < mask.cols; ++x)
            if (c[x] > 0 && 4 * inside[size_t(c[x])] >= stats.at<int>(c[x], cv::CC_STAT_AREA)) k[x] = 255;
    }
    return kept;
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
    cv::Mat body = bodyRegion(tissue);
    // Air inside the body: a small opening removes noise, the closing bridges vessels.
    cv::erode(body, body, ellipseKernel(3.0, spacingX, spacingY));
    // A slice cropped to the lungs (the Inf-Net slices) has a body hull that fills most of the image
    // and shows no mediastinum to find airways in.
    const bool croppedToLungs = cv::countNonZero(body) > 0.75 * double(columns) * double(rows);
    cv::Mat air = huMat < o.airThresholdHu;
    if (!croppedToLungs) air &= body;
    cv::morphologyEx(air, air, cv::MORPH_OPEN, ellipseKernel(1.0, spacingX, spacingY));
    if (croppedToLungs) {
        // There the hull's straight edges cut the corners off lungs that run to the image edge: keep
        // each air region that lies in good part inside the hull, whole, and count it as inside the
        // body (air outside the patient in a corner barely enters the hull).
        air = mostlyInside(air, body);
        body |= air;
    }
    cv::Mat airways = cv::Mat::zeros(rows, columns, CV_8U);
    if (!croppedToLungs) {
        const cv::Moments bm = cv::moments(body, true);
        if (bm.m00 > 0) airways = lungparts::findAirways(huMat, body, bm.m10 / bm.m00, 0, spacingX, spacingY);
        air &= ~airways;  // else the closings join the trachea to the right lung
    }
    air |= infection;
    cv::morphologyEx(air, air, cv::MORPH_CLOSE, ellipseKernel(o.closingMm, spacingX, spacingY));
    air &= ~airways | infection;

    cv::Mat comp, stats, centroids;
    const int n = cv::connectedComponentsWithStats(air, comp, stats, centroids, 8);
    // Air that reaches the edge of the (eroded) body hull is outside the patient, caught in a
    // concavity of the body outline; lungs lie behind the chest wall. The image border does not
    // count: cropped slices cut through the lungs.
    cv::Mat hullEdge;
    cv::erode(body, hullEdge, cv::Mat());
    hullEdge = body & ~hullEdge;
    hullEdge.rowRange(0, 2).setTo(0);
    hullEdge.rowRange(rows - 2, rows).setTo(0);
    hullEdge.colRange(0, 2).setTo(0);
    hullEdge.colRange(columns - 2, columns).setTo(0);
    // On a slice cropped to the lungs the hull edge runs through the lungs, which continue beyond
    // the crop, and the rule above would throw the lungs away and keep the bronchi.
    std::vector<bool> outside(size_t(n), false);
    for (int y = 0; y < rows && !croppedToLungs; ++y)
        for (int x = 0; x < columns; ++x)
            if (hullEdge.at<uint8_t>(y, x)) {
                const int c = comp.at<int>(y, x);
                if (c > 0) outside[size_t(c)] = true;
            }
    auto bySize = [&](int a, int b) { return stats.at<int>(a, cv::CC_STAT_AREA) > stats.at<int>(b, cv::CC_STAT_AREA); };
    std::vector<int> order;
    for (int i = 1; i < n; ++i)
        if (!outside[size_t(i)]) order.push_back(i);
    std::sort(order.begin(), order.end(), bySize);
    if (order.empty() || stats.at<int>(order[0], cv::CC_STAT_AREA) < o.minAreaFraction * columns * rows) {
        // Every large region touched the hull (a slice cropped to the lungs): judge by size alone.
        order.clear();
        for (int i = 1; i < n; ++i) order.push_back(i);
        std::sort(order.begin(), order.end(), bySize);
    }
    if (order.empty() || stats.at<int>(order[0], cv::CC_STAT_AREA) < o.minAreaFraction * columns * rows) {
        result.note = "no air-filled lung was found on this slice";
        for (size_t i = 0; i < result.labels.size(); ++i) result.labels[i] = infection.data[i] ? 3 : 0;
        return result;
    }
    const int largest = stats.at<int>(order[0], cv::CC_STAT_AREA);
    const bool twoLungs = order.size() > 1 && stats.at<int>(order[1], cv::CC_STAT_AREA) >= o.minComponentFraction * largest &&
                          stats.at<int>(order[1], cv::CC_STAT_AREA) >= o.minAreaFraction * columns * rows;

    // The patient's left-right axis: normally the image's x axis (canonical LPS); when the two
    // largest regions lie one above the other the image is transposed and it is the y axis.
    bool alongRows = false;
    double midline;
    if (twoLungs) {
        const double dx = std::fabs(centroids.at<double>(order[0], 0) - centroids.at<double>(order[1], 0)) * spacingX;
        const double dy = std::fabs(centroids.at<double>(order[0], 1) - centroids.at<double>(order[1], 1)) * spacingY;
        alongRows = dy > dx;
        const int axis = alongRows ? 1 : 0;
        midline = (centroids.at<double>(order[0], axis) + centroids.at<double>(order[1], axis)) / 2.0;
    } else {
        const cv::Moments bm = cv::moments(body, true);
        midline = bm.m00 > 0 ? bm.m10 / bm.m00 : columns / 2.0;
    }
    result.leftRightAlongRows = alongRows;
    const int axis = alongRows ? 1 : 0;

    // Every sizeable air region is lung (vessels and dense lesions can cut a lung into pieces);
    // small ones (bowel gas, noise) are not. Each piece goes to the side of its centroid; a single
    // region spanning both sides is split along the junction line where the lungs meet (or at the
    // midline when it has none).
    const double minPiece = std::max(o.minAreaFraction * columns * rows * 0.25, 0.02 * largest);
    cv::Mat right = cv::Mat::zeros(rows, columns, CV_8U), left = right.clone();
    int pieces = 0;
    for (int c : order) {
        if (stats.at<int>(c, cv::CC_STAT_AREA) < minPiece) break;
        ++pieces;
        const cv::Mat piece = comp == c;
        cv::Mat a, b;
        if (!twoLungs && pieces == 1 && lungparts::splitAtJunction(piece, a, b, midline, axis)) {
            right |= a;  // the side before the midline, as for separate pieces below
            left |= b;
            result.splitAtJunction = true;
            continue;
        }
        if (!twoLungs && pieces == 1) {
            for (int y = 0; y < rows; ++y)
                for (int x = 0; x < columns; ++x)
                    if (piece.at<uint8_t>(y, x)) ((alongRows ? y : x) < midline ? right : left).at<uint8_t>(y, x) = 255;
            continue;
        }
        (centroids.at<double>(c, axis) < midline ? right : left) |= piece;
    }
    result.lungComponents = pieces;
    // Close each side over the vessels that separated its pieces, fill its holes, keep it inside
    // the body, and give painted infection on its side to it.
    const cv::Mat bridge = ellipseKernel(3 * o.closingMm, spacingX, spacingY);
    for (cv::Mat* side : {&right, &left}) {
        cv::morphologyEx(*side, *side, cv::MORPH_CLOSE, bridge);
        *side = fillHoles(*side) & body & ~airways;
    }
    left &= ~right;  // where the closings meet, the first side keeps the pixel
    // Consolidated lung inside each lung's envelope, away from the mediastinum.
    if (o.includeDenseLung) {
        for (cv::Mat* side : {&right, &left}) {
            const cv::Mat& other = side == &right ? left : right;
            *side |= lungparts::denseLung(*side, huMat, other | airways | ~body, midline, axis);
        }
        left &= ~right;
    }
    for (int y = 0; y < rows; ++y) {
        const uint8_t* inf = infection.ptr<uint8_t>(y);
        for (int x = 0; x < columns; ++x) {
            uint8_t& out = result.labels[size_t(y) * size_t(columns) + size_t(x)];
            if (inf[x]) out = 3;
            else if (right.at<uint8_t>(y, x)) out = 2;
            else if (left.at<uint8_t>(y, x)) out = 1;
        }
    }
    result.splitAcrossMidline = !twoLungs && !result.splitAtJunction;
    result.airwaysRemoved = cv::countNonZero(airways) > 0;
    result.note = twoLungs ? "two lungs found"
                  : result.splitAtJunction ? "one air region found: split along the junction line"
                                           : "one air region found: split at the body's midline";
    if (result.airwaysRemoved) result.note += "; airways left out";
    return result;
}

}  // namespace cosingan
