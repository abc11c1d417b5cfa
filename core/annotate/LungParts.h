#pragma once
// Internal to the lung proposal (LungProposal.cpp): the parts of a chest slice that a threshold
// gets wrong, each found with OpenCV morphology.
//  - Airways: the trachea and main bronchi are air too, and a closing joins them to the right lung.
//  - The junction line: where the lungs touch in front of (or behind) the mediastinum they form one
//    air region, to be split along the thin line where they meet rather than a straight midline.
//  - Dense lung: consolidation is soft-tissue dense, so a threshold leaves it out of the lung.
#include <opencv2/core.hpp>

namespace cosingan::lungparts {

// Pure-air regions (below -900 HU) of tracheal or bronchial size (20..900 mm²), roundish, in the
// central band of the body (within 15 % of its extent of its midline along the left-right axis) and
// mostly surrounded by soft tissue (the mediastinum): returned dilated by 1.5 mm to cover their walls.
cv::Mat findAirways(const cv::Mat& hu16, const cv::Mat& body, double midline, int leftRightAxis, double spacingX,
                    double spacingY);

// Splits `region` (one air region holding both lungs) into two parts: eroded until it falls into
// large pieces on both sides of the midline (along the left-right axis), each piece lying on one
// side — a neck within one lung (a fissure, a band of lesion) or airways still joining the lungs do
// not count — and the pieces of each side then grow back inside the region, the sides in turns, so
// they meet along the narrowest neck between the lungs: the junction line. partA is the side before
// the midline, partB the side after it. Returns false (parts untouched) when it never falls apart
// that way.
bool splitAtJunction(const cv::Mat& region, cv::Mat& partA, cv::Mat& partB, double midline, int leftRightAxis);

// The dense part of one lung: soft-tissue-dense pixels (-700..150 HU) inside the convex hull of its
// aerated part that form pieces lying away from the mediastinum (their centre no nearer the
// midline than 0.8 of the lung's own) and not closed off by a side of the hull that faces the
// midline - dependent consolidation, not the heart where a crescent-shaped lung wraps around it.
// `excluded`: pixels
// that may not be added (the other lung, airways, outside the body).
cv::Mat denseLung(const cv::Mat& lung, const cv::Mat& hu16, const cv::Mat& excluded, double midline, int leftRightAxis);

}  // namespace cosingan::lungparts
