#include "ChestPhantom.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace cosingan {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Point3 {
    double x, y, z;  // x, y in pixels of a 512 grid; z in [0,1] from inferior to superior
};

struct VesselSegment {
    Point3 a, b;
    double radius;  // pixels of a 512 grid
};

struct Lesion {
    Point3 centre;
    double rx, ry, rz;  // rz in the z units above
    double hu;          // density at the centre
};

// Vessel trees grown from each hilum towards the lung periphery, deterministically.
std::vector<VesselSegment> growVessels(cv::RNG& rng) {
    std::vector<VesselSegment> segments;
    struct Branch { Point3 p; double angle, tilt, radius; int depth; };
    for (int side = 0; side < 2; ++side) {
        const double hx = side == 0 ? 205.0 : 307.0;
        std::vector<Branch> stack;
        for (int k = 0; k < 20; ++k) {
            double base = side == 0 ? kPi : 0.0;
            stack.push_back({{hx, 262.0 + rng.uniform(-20.0, 20.0), 0.03 + 0.048 * k},
                             base + rng.uniform(-1.5, 1.5), rng.uniform(-1.0, 1.0), 2.6, 0});
        }
        while (!stack.empty()) {
            Branch br = stack.back();
            stack.pop_back();
            const double len = 16.0 + rng.uniform(0.0, 14.0) - br.depth * 1.2;
            Point3 q{br.p.x + std::cos(br.angle) * len, br.p.y + std::sin(br.angle) * len * 1.25,
                     br.p.z + br.tilt * len / 110.0};
            segments.push_back({br.p, q, br.radius});
            if (br.depth < 7 && br.radius > 0.6) {
                const int children = 2;
                for (int c = 0; c < children; ++c) {
                    double spread = rng.uniform(0.25, 0.6) * (c == 0 ? 1 : -1);
                    stack.push_back({q, br.angle + spread, br.tilt + rng.uniform(-0.6, 0.6),
                                     br.radius * 0.78, br.depth + 1});
                }
            }
        }
    }
    return segments;
}

std::vector<Lesion> placeLesions() {
    // Peripheral, posterior-leaning ground-glass opacities, as typical for COVID-19 pneumonia.
    return {
        {{118, 330, 0.45}, 30, 38, 0.22, -420},
        {{398, 300, 0.62}, 26, 30, 0.18, -480},
        {{150, 200, 0.70}, 18, 20, 0.12, -520},
        {{372, 370, 0.30}, 22, 18, 0.14, -380},
    };
}

// Lung outline on one slice: a rounded kidney shape that narrows towards the apex and is cut by
// the diaphragm dome at the base.
void drawLung(cv::Mat& mask, bool imageLeft, double t, double s) {
    const double apex = std::clamp((1.0 - t) * 1.6, 0.35, 1.0);   // shrink near the top
    const double dome = std::clamp(t * 2.2 + 0.25, 0.35, 1.0);   // shrink near the bottom
    const double f = std::min(apex, dome);
    const double cx = (imageLeft ? 168.0 : 344.0) * s;
    const double cy = (262.0 + (1.0 - f) * 10.0) * s;
    cv::ellipse(mask, cv::Point2d(cx, cy), cv::Size2d(82.0 * f * s, 118.0 * f * s), imageLeft ? 8 : -8, 0, 360,
                cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    // Cardiac notch / mediastinal border: carve the inner side.
    const double nx = (imageLeft ? 236.0 : 282.0) * s;
    cv::ellipse(mask, cv::Point2d(nx, 262.0 * s), cv::Size2d(34.0 * s, 70.0 * s), 0, 0, 360, cv::Scalar(0),
                cv::FILLED, cv::LINE_AA);
}

void drawBones(cv::Mat& hu, double t, double s) {
    const cv::Scalar cortical(750), cancellous(260);
    // Vertebral body, spinal canal and spinous process.
    cv::Point2d vb(256 * s, 376 * s);
    cv::circle(hu, vb, int(30 * s), cortical, cv::FILLED, cv::LINE_AA);
    cv::circle(hu, vb, int(24 * s), cancellous, cv::FILLED, cv::LINE_AA);
    cv::circle(hu, cv::Point2d(256 * s, 420 * s), int(10 * s), cv::Scalar(20), cv::FILLED, cv::LINE_AA);
    cv::ellipse(hu, cv::Point2d(256 * s, 446 * s), cv::Size2d(7 * s, 16 * s), 0, 0, 360, cortical, cv::FILLED);
    // Sternum.
    cv::ellipse(hu, cv::Point2d(256 * s, 128 * s), cv::Size2d(18 * s, 8 * s), 0, 0, 360, cortical, cv::FILLED);
    // Ribs: short arcs on an ellipse just inside the muscle wall, moving with the slice.
    for (int r = 0; r < 9; ++r) {
        for (int side = -1; side <= 1; side += 2) {
            double a = (0.25 + r * 0.105 + 0.05 * std::sin(t * 9.0 + r)) * kPi;
            double x = 256 + side * 176 * std::sin(a), y = 262 - 128 * std::cos(a);
            cv::ellipse(hu, cv::Point2d(x * s, y * s), cv::Size2d(9 * s, 5 * s), side * (90 - a * 57.3), 0, 360,
                        cortical, cv::FILLED, cv::LINE_AA);
        }
    }
}

// Heart, mediastinal fat and aorta. With a mask (CV_8U) every structure is drawn as 255, so the
// same shapes carve the lungs.
void drawMediastinum(cv::Mat& img, double t, double s, bool asMask) {
    auto value = [&](double hu) { return cv::Scalar(asMask ? 255.0 : hu); };
    const double heart = std::clamp(1.2 - t * 1.4, 0.0, 1.0);
    if (heart > 0.05)
        cv::ellipse(img, cv::Point2d(282 * s, 232 * s), cv::Size2d(62 * heart * s + 20 * s, 52 * heart * s + 18 * s),
                    -20, 0, 360, value(42), cv::FILLED, cv::LINE_AA);
    cv::ellipse(img, cv::Point2d(256 * s, 250 * s), cv::Size2d(28 * s, 84 * s), 0, 0, 360, value(-20), cv::FILLED,
                cv::LINE_AA);
    cv::circle(img, cv::Point2d(284 * s, 338 * s), int(15 * s), value(48), cv::FILLED, cv::LINE_AA);  // aorta
    if (t > 0.6 && !asMask)  // trachea in the upper slices
        cv::circle(img, cv::Point2d(256 * s, 215 * s), int(11 * s), value(-990), cv::FILLED, cv::LINE_AA);
}

}  // namespace

ChestPhantom makeChestPhantom(const ChestPhantomOptions& o) {
    const int n = o.size;
    const double s = n / 512.0;
    ImageGeometry g;
    g.size = {n, n, o.slices};
    g.spacing = {o.pixelMm, o.pixelMm, o.sliceMm};
    g.origin = {-0.5 * n * o.pixelMm, -0.5 * n * o.pixelMm, 0.0};

    ChestPhantom ph{CtVolume(g, int16_t(-1000)), LabelMap(g, uint8_t(0))};
    ph.volume.provenance.source = "built-in demo";
    ph.volume.provenance.format = "demo";
    ph.volume.provenance.originalOrientation = "LPS";
    ph.volume.provenance.synthetic = true;
    ph.volume.provenance.description = "Synthetic chest CT phantom generated by CoSinGAN Studio (not patient data)";

    cv::RNG rng(o.seed);
    const std::vector<VesselSegment> vessels = growVessels(rng);
    const std::vector<Lesion> lesions = placeLesions();

    for (int k = 0; k < o.slices; ++k) {
        const double t = o.slices > 1 ? double(k) / (o.slices - 1) : 0.5;
        const double halfThickness = 0.5 / std::max(1, o.slices - 1);
        cv::Mat hu(n, n, CV_32F, cv::Scalar(-1000));

        // Patient table under the body.
        cv::ellipse(hu, cv::Point2d(256 * s, 980 * s), cv::Size2d(330 * s, 500 * s), 0, 0, 360, cv::Scalar(60),
                    std::max(1, int(6 * s)), cv::LINE_AA);
        // Body: subcutaneous fat, then muscle.
        cv::ellipse(hu, cv::Point2d(256 * s, 270 * s), cv::Size2d(222 * s, 170 * s), 0, 0, 360, cv::Scalar(-95),
                    cv::FILLED, cv::LINE_AA);
        cv::ellipse(hu, cv::Point2d(256 * s, 268 * s), cv::Size2d(204 * s, 152 * s), 0, 0, 360, cv::Scalar(45),
                    cv::FILLED, cv::LINE_AA);
        cv::ellipse(hu, cv::Point2d(256 * s, 266 * s), cv::Size2d(186 * s, 136 * s), 0, 0, 360, cv::Scalar(-60),
                    cv::FILLED, cv::LINE_AA);
        drawBones(hu, t, s);

        cv::Mat leftImg(n, n, CV_8U, cv::Scalar(0)), rightImg(n, n, CV_8U, cv::Scalar(0));
        drawLung(leftImg, true, t, s);
        drawLung(rightImg, false, t, s);
        cv::threshold(leftImg, leftImg, 127, 255, cv::THRESH_BINARY);
        cv::threshold(rightImg, rightImg, 127, 255, cv::THRESH_BINARY);
        cv::Mat mediastinum(n, n, CV_8U, cv::Scalar(0));
        drawMediastinum(mediastinum, t, s, true);
        leftImg.setTo(0, mediastinum);
        rightImg.setTo(0, mediastinum);
        cv::Mat lungs = leftImg | rightImg;

        // Parenchyma with fine texture.
        cv::Mat texture(n, n, CV_32F);
        rng.fill(texture, cv::RNG::NORMAL, 0.0, 1.0);
        cv::GaussianBlur(texture, texture, cv::Size(0, 0), 2.0 * s + 0.5);
        texture = texture * 45.0 - 858.0;
        // Dependent (posterior) lung is denser, as on supine CT.
        for (int y = 0; y < n; ++y) texture.row(y) += 60.0 * (double(y) / n - 0.5);
        texture.copyTo(hu, lungs);
        drawMediastinum(hu, t, s, false);

        // Vessels crossing this slice.
        cv::Mat vesselMap(n, n, CV_32F, cv::Scalar(0));
        for (const auto& v : vessels) {
            double z0 = std::min(v.a.z, v.b.z), z1 = std::max(v.a.z, v.b.z);
            if (z1 < t - halfThickness - 0.02 || z0 > t + halfThickness + 0.02) continue;
            double dz = v.b.z - v.a.z;
            double u0 = 0, u1 = 1;
            if (std::fabs(dz) > 1e-6) {
                u0 = std::clamp((t - halfThickness - 0.02 - v.a.z) / dz, 0.0, 1.0);
                u1 = std::clamp((t + halfThickness + 0.02 - v.a.z) / dz, 0.0, 1.0);
                if (u0 > u1) std::swap(u0, u1);
            }
            cv::Point2d p0(v.a.x + (v.b.x - v.a.x) * u0, v.a.y + (v.b.y - v.a.y) * u0);
            cv::Point2d p1(v.a.x + (v.b.x - v.a.x) * u1, v.a.y + (v.b.y - v.a.y) * u1);
            int th = std::max(1, int(std::lround(v.radius * 2 * s)));
            cv::line(vesselMap, p0 * s, p1 * s, cv::Scalar(1.0), th, cv::LINE_AA);
        }
        cv::GaussianBlur(vesselMap, vesselMap, cv::Size(0, 0), 0.8 * s + 0.3);
        cv::Mat lungF;
        lungs.convertTo(lungF, CV_32F, 1.0 / 255.0);
        hu += vesselMap.mul(lungF) * 880.0;

        // Ground-glass lesions (soft-edged ellipsoids) inside the lungs.
        cv::Mat lesionMask(n, n, CV_8U, cv::Scalar(0));
        for (const auto& l : lesions) {
            double dz = (t - l.centre.z) / l.rz;
            if (std::fabs(dz) >= 1.0) continue;
            double f = std::sqrt(1.0 - dz * dz);
            cv::Mat blob(n, n, CV_32F, cv::Scalar(0));
            cv::ellipse(blob, cv::Point2d(l.centre.x * s, l.centre.y * s), cv::Size2d(l.rx * f * s, l.ry * f * s),
                        20, 0, 360, cv::Scalar(1.0), cv::FILLED, cv::LINE_AA);
            cv::GaussianBlur(blob, blob, cv::Size(0, 0), 5.0 * s + 0.5);
            cv::Mat lesionHu = blob.mul(lungF) * (l.hu + 858.0);
            hu += lesionHu;
            cv::Mat inside = (blob > 0.5) & lungs;
            lesionMask |= inside;
        }

        cv::Mat noise(n, n, CV_32F);
        rng.fill(noise, cv::RNG::NORMAL, 0.0, o.noiseHu);
        hu += noise;
        cv::Mat hu16;
        hu.convertTo(hu16, CV_16S);
        std::memcpy(ph.volume.slice(k), hu16.data, g.sliceVoxels() * sizeof(int16_t));

        // Labels: image-left is the patient's right lung (radiological view).
        cv::Mat labels(n, n, CV_8U, cv::Scalar(0));
        labels.setTo(uint8_t(Label::RightLung), leftImg);
        labels.setTo(uint8_t(Label::LeftLung), rightImg);
        labels.setTo(uint8_t(Label::Infection), lesionMask);
        std::memcpy(ph.labels.slice(k), labels.data, g.sliceVoxels());
    }
    return ph;
}

}  // namespace cosingan
