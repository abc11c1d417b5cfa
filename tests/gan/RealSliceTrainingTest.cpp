// Training on a real CT slice (Inf-Net/MedSeg, expert infection mask + automatic lungs) at 32-48 px:
// the reconstruction loss falls, the model reconstructs its training slice clearly better than a
// flat mean image, and another patient's mask gives another image with brighter infection than lung.
#include "TestData.h"
#include "gan/Synthesis.h"
#include "gan/Training.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace cosingan;
using cosingan::test::sharedData;

namespace {

gan::SliceData infnetSlice(int n) {
    const QString image = sharedData(QStringLiteral("infnet-train/images/%1.jpg").arg(n));
    const QString mask = sharedData(QStringLiteral("infnet-train/infection/%1.png").arg(n));
    const CtVolume v = readCtVolume(image.toStdString());
    cv::Mat m = cv::imread(mask.toStdString(), cv::IMREAD_GRAYSCALE);
    std::vector<uint8_t> infection(m.data, m.data + m.total());
    return assembleTrainingSlice(v, LabelMap(v.geometry(), uint8_t(0)), 0, &infection, /*autoLungs=*/true,
                                 /*transpose=*/true);
}

cv::Mat asMat(const std::vector<uint8_t>& pixels, int w, int h) {
    return cv::Mat(h, w, CV_8U, const_cast<uint8_t*>(pixels.data())).clone();
}

cv::Mat at48(const cv::Mat& m) {
    cv::Mat out;
    cv::resize(m, out, cv::Size(48, 48), 0, 0, cv::INTER_AREA);
    return out;
}

struct Recorder : gan::TrainingObserver {
    std::vector<double> firstWppl, lastWppl;
    void onProgress(const gan::TrainingProgress& p) override {
        if (p.phase != gan::TrainingPhase::Stage1 || p.scaleIndex != 0) return;
        for (const auto& l : p.losses)
            if (l.first == "WPPL") {
                if (p.iteration <= 15) firstWppl.push_back(l.second);
                if (p.iteration > p.iterations - 15) lastWppl.push_back(l.second);
            }
    }
};

double mean(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / double(v.size());
}

}  // namespace

class RealSliceTrainingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void learnsARealSlice() {
        COSINGAN_REQUIRE_DATA("infnet-train/images/10.jpg");
        const gan::SliceData train = infnetSlice(10);
        const auto counts = train.labelCounts();
        QVERIFY(counts[1] > 10000 && counts[2] > 10000 && counts[3] > 1000);

        gan::GanConfig c = gan::makePreset("cpu-fast");
        c.scales = {gan::paperScales()[0], gan::paperScales()[1]};  // 32 and 48 px, the global schedule
        c.generatorBaseChannels = c.discriminatorBaseChannels = 32;  // as measured below (and quick)
        c.stage1 = {160, 2e-4, 80};
        c.stage2 = {60, 1e-4, 30};
        c.segmentation.pretrainIterations = 40;
        c.augmentation.workingSize = 128;
        c.previewEvery = 1000;
        c.seed = qEnvironmentVariableIntValue("COSINGAN_TEST_SEED") + 5;
        QTemporaryDir dir;
        gan::TrainingRequest r{c, train, dir.filePath(QStringLiteral("model")).toStdString(), false, {}};
        Recorder rec;
        const auto result = gan::trainCoSinGAN(r, rec);
        QVERIFY(result.finished);

        // 1. The reconstruction (WPPL) falls clearly during the first stage.
        const double before = mean(rec.firstWppl), after = mean(rec.lastWppl);
        qInfo("WPPL first 15 iterations %.4f, last 15 %.4f", before, after);
        QVERIFY2(after < 0.6 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

        // 2. It reconstructs its training slice much better than a flat image of its mean grey:
        // measured 15.5-17.1 dB (three seeds) against 10.1 dB for the mean; we ask for 4 dB more.
        auto model = gan::CoSinGanModel::load(r.modelFolder);
        gan::SliceData mask = train;
        mask.image.clear();
        const gan::SynthesisResult out = model->generate({mask}, {})[0];
        QCOMPARE(out.width, train.width);
        const cv::Mat real = at48(asMat(train.image, train.width, train.height));
        const cv::Mat fake = at48(asMat(out.image, out.width, out.height));
        const cv::Mat flat(real.size(), CV_8U, cv::Scalar(cv::mean(real)[0]));
        const double psnrModel = cv::PSNR(real, fake), psnrFlat = cv::PSNR(real, flat);
        qInfo("PSNR at 48 px: model %.2f dB, mean image %.2f dB", psnrModel, psnrFlat);
        QVERIFY2(psnrModel > psnrFlat + 4.0, qPrintable(QStringLiteral("%1 vs %2").arg(psnrModel).arg(psnrFlat)));

        // 3. Another patient's mask: another image, with the infection brighter than the lung.
        COSINGAN_REQUIRE_DATA("infnet-train/images/25.jpg");
        gan::SliceData other = infnetSlice(25);
        const std::vector<uint8_t> otherLabels = other.labels;
        other.image.clear();
        const gan::SynthesisResult o = model->generate({other}, {})[0];
        QVERIFY(o.image != out.image);
        double inf = 0, lung = 0;
        size_t ni = 0, nl = 0;
        for (size_t i = 0; i < otherLabels.size(); ++i) {
            if (otherLabels[i] == 3) { inf += o.image[i]; ++ni; }
            if (otherLabels[i] == 1 || otherLabels[i] == 2) { lung += o.image[i]; ++nl; }
        }
        qInfo("other mask: infection mean %.1f, lung mean %.1f (8-bit)", inf / ni, lung / nl);
        // Measured margins over seeds 5..8: 9.5, 13.6, 16.9, 24.6 grey levels (a 2-scale micro
        // training varies with tiny numerical changes); a model that ignored the condition gives ~0.
        QVERIFY2(inf / ni > lung / nl + 5.0, qPrintable(QStringLiteral("%1 vs %2").arg(inf / ni).arg(lung / nl)));
    }
};

QTEST_GUILESS_MAIN(RealSliceTrainingTest)
#include "RealSliceTrainingTest.moc"
