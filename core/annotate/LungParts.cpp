#include "LungParts.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cosingan::lungparts {

namespace {

cv::Mat disk(double mm, double sx, double sy) {
    const int rx = std::max(1, int(std::lround(mm / sx))), ry = std::max(1, int(std::lround(mm / sy)));
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * rx + 1, 2 * ry + 1));
}

double along(const cv::Point2d& p, int axis) { return axis == 0 ? p.x : p.y; }

}  // namespace

cv::Mat findAirways(const cv::Mat& hu, const cv::Mat& body, double midline, int axis, double sx, double sy) {
    cv::Mat pure = (hu < -900) & body;
    cv::morphologyEx(pure, pure, cv::MORPH_OPEN, disk(0.8, sx, sy));
    cv::Mat comp, stats, centroids;
    const int n = cv::connectedComponentsWithStats(pure, comp, stats, centroids, 8);
    cv::Mat bodyPixels;
    cv::findNonZero(body, bodyPixels);
    if (bodyPixels.empty()) return cv::Mat::zeros(hu.size(), CV_8U);
    const cv::Rect box = cv::boundingRect(bodyPixels);
    const double band = 0.15 * (axis == 0 ? box.width : box.height);
    const double pixelMm2 = sx * sy;
    cv::Mat airways = cv::Mat::zeros(hu.size(), CV_8U);
    const cv::Mat ringKernel = disk(3.0, sx, sy);
    for (int c = 1; c < n; ++c) {
        const double area = stats.at<int>(c, cv::CC_STAT_AREA) * pixelMm2;
        if (area < 20 || area > 900) continue;
        const cv::Point2d centre(centroids.at<double>(c, 0), centroids.at<double>(c, 1));
        if (std::fabs(along(centre, axis) - midline) > band) continue;
        // Round (a cross-section of a tube), not a sliver of lung between vessels.
        const double w = stats.at<int>(c, cv::CC_STAT_WIDTH), h = stats.at<int>(c, cv::CC_STAT_HEIGHT);
        if (stats.at<int>(c, cv::CC_STAT_AREA) < 0.5 * (M_PI / 4) * w * h) continue;
        // Surrounded by soft tissue (the mediastinum), not by lung.
        const cv::Mat piece = comp == c;
        cv::Mat ring;
        cv::dilate(piece, ring, ringKernel);
        ring &= ~piece;
        const double ringPixels = cv::countNonZero(ring);
        const double dense = cv::countNonZero(ring & (hu > -500));
        if (ringPixels == 0 || dense < 0.4 * ringPixels) continue;
        airways |= piece;
    }
    cv::dilate(airways, airways, disk(1.5, sx, sy));
    return airways;
}

bool splitAtJunction(const cv::Mat& region, cv::Mat& partA, cv::Mat& partB, double midline, int axis) {
    const double total = cv::countNonZero(region);
    if (total == 0) return false;
    cv::Mat eroded = region.clone(), seedA, seedB;
    const int cut = std::clamp(int(std::lround(midline)), 0, axis == 0 ? region.cols : region.rows);
    const cv::Rect firstSide = axis == 0 ? cv::Rect(0, 0, cut, region.rows) : cv::Rect(0, 0, region.cols, cut);
    bool split = false;
    for (int step = 0; step < 60 && !split; ++step) {
        cv::erode(eroded, eroded, cv::Mat());
        cv::Mat comp, stats, centroids;
        const int n = cv::connectedComponentsWithStats(eroded, comp, stats, centroids, 8);
        std::vector<int> big;
        for (int c = 1; c < n; ++c)
            if (stats.at<int>(c, cv::CC_STAT_AREA) >= 0.05 * total) big.push_back(c);
        if (big.empty()) return false;  // eroded into crumbs without falling into two lungs
        if (big.size() == 1) continue;
        // Each large piece must lie (90 % of it) on the side of its centre; both sides must have one.
        std::vector<int> sideA, sideB;
        bool straddles = false;
        for (int c : big) {
            const bool first = along({centroids.at<double>(c, 0), centroids.at<double>(c, 1)}, axis) < midline;
            const double inFirst = cv::countNonZero(comp(firstSide) == c), area = stats.at<int>(c, cv::CC_STAT_AREA);
            if ((first ? inFirst : area - inFirst) < 0.9 * area) straddles = true;
            (first ? sideA : sideB).push_back(c);
        }
        if (straddles || sideA.empty() || sideB.empty()) continue;
        seedA = cv::Mat::zeros(region.size(), CV_8U);
        seedB = seedA.clone();
        for (int c : sideA) seedA |= comp == c;
        for (int c : sideB) seedB |= comp == c;
        split = true;
    }
    if (!split) return false;
    // Grow both seeds back inside the region, one step each in turn: they meet at the neck.
    for (bool grew = true; grew;) {
        grew = false;
        for (cv::Mat* mine : {&seedA, &seedB}) {
            cv::Mat& other = mine == &seedA ? seedB : seedA;
            cv::Mat next;
            cv::dilate(*mine, next, cv::Mat());
            next &= region & ~other;
            if (cv::countNonZero(next != *mine) > 0) grew = true;
            *mine = next;
        }
    }
    partA = seedA;
    partB = seedB;
    return true;
}

namespace {

// True for a piece that meets the hull's edge mostly where the edge faces the midline: the heart
// where a crescent-shaped lung wraps around it (the hull's chord closes the crescent on the
// mediastinum's side). Dependent consolidation meets the hull, if at all, at the chest wall, where
// the edge faces outwards, forwards or backwards.
bool facesTheMidline(const cv::Mat& piece, const cv::Mat& inHull, const std::vector<cv::Point>& hull, double midline,
                     int axis) {
    cv::Mat grown;
    cv::dilate(piece, grown, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));
    std::vector<cv::Point> edge;
    cv::findNonZero(grown & ~inHull, edge);
    const double perimeter = cv::countNonZero(grown & ~piece);
    // A piece meets the hull only where a lung runs past it: at a few points, or along a chord.
    if (hull.size() < 3 || edge.empty() || double(edge.size()) < 0.1 * perimeter) return false;
    cv::Point2d hullCentre(0, 0);
    for (const cv::Point& h : hull) hullCentre += cv::Point2d(h);
    hullCentre *= 1.0 / double(hull.size());
    size_t medial = 0;
    for (const cv::Point& e : edge) {
        // The nearest side of the hull, and its outward normal.
        const cv::Point2d p(e);
        double best = 1e300;
        cv::Point2d normal;
        for (size_t k = 0; k < hull.size(); ++k) {
            const cv::Point2d a(hull[k]), b(hull[(k + 1) % hull.size()]);
            const cv::Point2d ab = b - a;
            const double len2 = ab.dot(ab);
            if (len2 <= 0) continue;
            const cv::Point2d d = p - (a + std::clamp((p - a).dot(ab) / len2, 0.0, 1.0) * ab);
            if (d.dot(d) >= best) continue;
            best = d.dot(d);
            normal = cv::Point2d(ab.y, -ab.x) * (1.0 / std::sqrt(len2));
            if (normal.dot((a + b) * 0.5 - hullCentre) < 0) normal = -normal;
        }
        const double towardMidline = along(normal, axis) * (midline - along(p, axis) >= 0 ? 1.0 : -1.0);
        medial += towardMidline > 0.5;
    }
    return double(medial) > 0.6 * double(edge.size());
}

}  // namespace

cv::Mat denseLung(const cv::Mat& lung, const cv::Mat& hu, const cv::Mat& excluded, double midline, int axis) {
    cv::Mat added = cv::Mat::zeros(lung.size(), CV_8U);
    std::vector<cv::Point> points;
    cv::findNonZero(lung, points);
    if (points.size() < 3) return added;
    std::vector<cv::Point> hull;
    cv::convexHull(points, hull);
    cv::Mat inHull = cv::Mat::zeros(lung.size(), CV_8U);
    cv::fillConvexPoly(inHull, hull, cv::Scalar(255));
    const cv::Mat candidates = inHull & ~lung & ~excluded & (hu >= -700) & (hu <= 150);
    const cv::Moments lm = cv::moments(lung, true);
    const double lungOffset = std::fabs((axis == 0 ? lm.m10 : lm.m01) / lm.m00 - midline);
    cv::Mat comp, stats, centroids;
    const int n = cv::connectedComponentsWithStats(candidates, comp, stats, centroids, 8);
    const double lungArea = lm.m00;
    for (int c = 1; c < n; ++c) {
        const double area = stats.at<int>(c, cv::CC_STAT_AREA);
        if (area < 0.01 * lungArea) continue;  // vessels and fissures are closed elsewhere
        const cv::Point2d centre(centroids.at<double>(c, 0), centroids.at<double>(c, 1));
        // The mediastinum. At half the lung's offset the heart, where a crescent-shaped lung wraps
        // around it, still counted as consolidation (tests/core/LungProposalTest: Inf-Net).
        if (std::fabs(along(centre, axis) - midline) < 0.8 * lungOffset) continue;
        const cv::Mat piece = comp == c;
        if (facesTheMidline(piece, inHull, hull, midline, axis)) continue;
        added |= piece;
    }
    return added;
}

}  // namespace cosingan::lungparts
