#include "ConditionFiles.h"

#include "gan/SliceData.h"
#include "image/MaskImage.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "synth/VolumeSynthesis.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace cosingan::ui {

ConditionSlice studySliceCondition(const CtVolume& volume, const LabelMap& labels, int k) {
    const ImageGeometry& g = volume.geometry();
    ImageGeometry one = g;
    one.size[2] = 1;
    const auto origin = g.indexToPhysical(0, 0, k);
    one.origin = {origin[0], origin[1], origin[2]};
    ConditionSlice c{CtVolume(one, int16_t(0)), LabelMap(one, uint8_t(0))};
    c.ct.setSlice(0, volume.sliceCopy(k));
    c.labels.setSlice(0, labels.sliceCopy(k));
    return c;
}

ConditionSlice readConditionFile(const QString& path) {
    const std::string p = path.toStdString();
    gan::SliceData mask;
    if (isPlainMaskImagePath(p)) {
        const MaskImage img = readMaskImage(p, COSINGAN_MESSAGE("Messages", "the condition"));
        mask.width = img.width;
        mask.height = img.height;
        mask.labels = gan::labelsFromMaskValues(img.values, COSINGAN_MESSAGE("Messages", "the condition"), p);
    } else {
        const LabelMap l = readLabelMap(p);
        int k = 0;
        while (k + 1 < l.slices() && !l.sliceHasLungs(k)) ++k;  // the first slice with lungs
        mask.width = l.columns();
        mask.height = l.rows();
        mask.labels = l.sliceCopy(k);
    }
    return {volumeFromEngineSlice(mask), labelsFromEngineSlice(mask)};
}

QString conditionPathFor(const QString& imagePath) {
    const QFileInfo info(imagePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-condition.png"));
}

void saveGeneratedSlice(const QImage& image, const ConditionSlice& condition, const QString& path) {
    const QImage img = image.convertToFormat(QImage::Format_Grayscale8);
    if (isWritableVolumePath(path.toStdString())) {
        SynthesizedVolume v;
        v.ct = CtVolume(condition.ct.geometry(), int16_t(-1024));
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) v.ct.at(x, y, 0) = hounsfieldFromEngine(img.constScanLine(y)[x]);
        v.ct.provenance.description = "CoSinGAN synthetic CT, HU = lung window -1250..250 inverted, 1 slice";
        v.labels = condition.labels;
        writeSynthesizedVolume(v, path.toStdString());
        return;
    }
    std::vector<uint8_t> pixels(size_t(img.width()) * size_t(img.height()));
    for (int y = 0; y < img.height(); ++y)
        std::copy_n(img.constScanLine(y), img.width(), pixels.data() + size_t(y) * size_t(img.width()));
    writeGrayPng(path.toStdString(), pixels, img.width(), img.height());
    writeGrayPng(conditionPathFor(path).toStdString(), condition.labels.sliceCopy(0), img.width(), img.height());
}

}  // namespace cosingan::ui
