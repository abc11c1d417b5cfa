// The automatic lung proposal on real CT (RICORD series) and on the phantom: two large lungs, one
// per side, inside the body, and infection kept.
#include "TestData.h"
#include "annotate/LungProposal.h"
#include "demo/ChestPhantom.h"
#include "io/VolumeIO.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFileInfo>

#include <QTest>

using namespace cosingan;
using cosingan::test::sharedData;

namespace {

struct LungStats {
    size_t pixels = 0;
    double centroidX = 0;
    double largestComponentShare = 0;
    bool touchesBorder = false;
    double meanHu = 0;
};

LungStats stats(const std::vector<uint8_t>& labels, const int16_t* hu, int w, int h, uint8_t label) {
    LungStats s;
    cv::Mat mask(h, w, CV_8U, cv::Scalar(0));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (labels[size_t(y) * size_t(w) + size_t(x)] == label) {
                mask.at<uint8_t>(y, x) = 255;
                ++s.pixels;
                s.centroidX += x;
                s.meanHu += hu[size_t(y) * size_t(w) + size_t(x)];
                s.touchesBorder |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
            }
    if (!s.pixels) return s;
    s.centroidX /= double(s.pixels);
    s.meanHu /= double(s.pixels);
    cv::Mat cc, st, cen;
    const int n = cv::connectedComponentsWithStats(mask, cc, st, cen, 8);
    int largest = 0;
    for (int i = 1; i < n; ++i) largest = std::max(largest, st.at<int>(i, cv::CC_STAT_AREA));
    s.largestComponentShare = double(largest) / double(s.pixels);
    return s;
}

}  // namespace

class LungProposalTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ricordSlicesGiveTwoLungsOnePerSide() {
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        const CtVolume v = readCtVolume(sharedData("ricord-ct-series").toStdString());
        const int w = v.columns(), h = v.rows();
        for (int k : {0, 7, 14}) {
            const LungProposal p = proposeLungs(v.slice(k), w, h, v.geometry().spacing[0], v.geometry().spacing[1]);
            const LungStats left = stats(p.labels, v.slice(k), w, h, 1), right = stats(p.labels, v.slice(k), w, h, 2);
            qInfo("slice %d: left %zu px (x %.0f, HU %.0f), right %zu px (x %.0f, HU %.0f): %s", k, left.pixels,
                  left.centroidX, left.meanHu, right.pixels, right.centroidX, right.meanHu, p.note.c_str());
            // Two large regions: each lung at least 3 % of the slice and essentially one piece.
            QVERIFY(left.pixels > size_t(0.03 * w * h) && right.pixels > size_t(0.03 * w * h));
            QVERIFY(left.largestComponentShare > 0.9 && right.largestComponentShare > 0.9);
            // One per side: radiological view, the patient's right lung on the image's left.
            QVERIFY(right.centroidX < w / 2.0 && left.centroidX > w / 2.0);
            // Inside the body: not touching the image edge, and aerated.
            QVERIFY(!left.touchesBorder && !right.touchesBorder);
            QVERIFY(left.meanHu < -600 && right.meanHu < -600);
            QCOMPARE(int(p.labels[0]), 0);
        }
    }

    void infnetSlicesCroppedToTheLungs() {
        // The Inf-Net slices are cropped to the lungs, which run off the image: the proposal kept only
        // the bronchi on slices 4, 5 and 45 (0-1 % of the slice) before cropped slices were recognised.
        // Over all 50 slices: how much of the expert infection lies inside the proposed lungs (the
        // proposal run without the infection), and no slice without lungs.
        COSINGAN_REQUIRE_DATA("infnet-train/images/10.jpg");
        QDir images(sharedData("infnet-train/images"));
        double sumInside = 0;
        int cases = 0, withoutLungs = 0;
        for (const QString& file : images.entryList({QStringLiteral("*.jpg")})) {
            const CtVolume v = readCtVolume(images.filePath(file).toStdString());
            const int w = v.columns(), h = v.rows();
            const cv::Mat expert = cv::imread(sharedData("infnet-train/infection/" + QFileInfo(file).completeBaseName() + ".png")
                                                  .toStdString(), cv::IMREAD_GRAYSCALE);
            QCOMPARE(expert.cols, w);
            const LungProposal p = proposeLungs(v.slice(0), w, h, 1.0, 1.0);
            size_t lungs = 0, infection = 0, inside = 0;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const uint8_t l = p.labels[size_t(y) * size_t(w) + size_t(x)];
                    lungs += l == 1 || l == 2;
                    if (expert.at<uint8_t>(y, x)) {
                        ++infection;
                        inside += l == 1 || l == 2;
                    }
                }
            const double lungShare = double(lungs) / double(w * h);
            withoutLungs += lungShare < 0.10;
            if (infection > 0) {
                sumInside += double(inside) / double(infection);
                ++cases;
            }
            if (file == QStringLiteral("4.jpg") || file == QStringLiteral("5.jpg") || file == QStringLiteral("45.jpg"))
                QVERIFY2(lungShare > 0.25, qPrintable(QStringLiteral("%1: lungs %2 of the slice").arg(file).arg(lungShare)));
        }
        const double meanInside = sumInside / cases;
        qInfo("Inf-Net: %d slices with infection; %.1f %% of the expert infection inside the proposed lungs on average; "
              "%d slice(s) with lungs under 10 %% of the slice",
              cases, 100 * meanInside, withoutLungs);
        QVERIFY(withoutLungs <= 3);
    }

    void phantomLungsMatchTheirGroundTruth() {
        ChestPhantomOptions o;  // the demo's own size: 512 x 512, 0.7 mm
        o.slices = 5;
        const ChestPhantom ph = makeChestPhantom(o);
        const int k = 2;
        const LungProposal p = proposeLungs(ph.volume.slice(k), 512, 512, 0.7, 0.7);
        for (uint8_t l : {1, 2}) {
            size_t both = 0, a = 0, b = 0;
            for (size_t i = 0; i < p.labels.size(); ++i) {
                const uint8_t truth = ph.labels.slice(k)[i] == 3 ? 0 : ph.labels.slice(k)[i];
                a += p.labels[i] == l;
                b += truth == l;
                both += p.labels[i] == l && truth == l;
            }
            const double dice = 2.0 * double(both) / double(a + b);
            qInfo("phantom lung %d: Dice %.3f", int(l), dice);
            QVERIFY(dice > 0.88);
        }
    }

    void paintedInfectionIsKeptAndUnited() {
        ChestPhantomOptions o;
        o.size = 256;
        o.slices = 5;
        const ChestPhantom ph = makeChestPhantom(o);
        std::vector<uint8_t> existing(256 * 256, 0);
        for (int y = 120; y < 140; ++y)
            for (int x = 60; x < 80; ++x) existing[size_t(y) * 256 + size_t(x)] = 3;  // dense lesion, painted
        const LungProposal p = proposeLungs(ph.volume.slice(2), 256, 256, 1.4, 1.4, existing.data());
        size_t infection = 0;
        for (uint8_t l : p.labels) infection += l == 3;
        QCOMPARE(infection, size_t(400));
    }
};

QTEST_GUILESS_MAIN(LungProposalTest)
#include "LungProposalTest.moc"
