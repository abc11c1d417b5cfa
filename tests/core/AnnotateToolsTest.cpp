// The editing core without a display: every tool and the masking policy on synthetic slices with
// exact pixel counts, undo/redo (100+ steps on 512x512, bounded memory, a random stress run), the
// crash-safe autosave journal and session files.
#include "annotate/AutosaveJournal.h"
#include "annotate/LabelEditor.h"
#include "annotate/StudySession.h"
#include "util/Json.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <random>

using namespace cosingan;

namespace {

struct Study {
    CtVolume ct;
    LabelMap labels;
    Study(int n = 64, int slices = 1, int16_t hu = -800) {
        ImageGeometry g;
        g.size = {n, n, slices};
        ct = CtVolume(g, hu);
        labels = LabelMap(g, uint8_t(0));
    }
};

size_t count(const LabelMap& l, uint8_t value, int k = 0) { return l.countsOnSlice(k)[value]; }

}  // namespace

class AnnotateToolsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundAndSquareBrushFootprints() {
        Study s;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(3);
        e.brush().diameter = 5;
        e.press(0, {10.5, 10.5}, false);
        e.release({10.5, 10.5});
        QCOMPARE(count(s.labels, 3), size_t(21));  // disc of radius 2.5 around a pixel centre
        e.brush().shape = BrushShape::Square;
        e.press(0, {40.5, 40.5}, false);
        e.release({40.5, 40.5});
        QCOMPARE(count(s.labels, 3), size_t(21 + 25));
    }

    void strokesHaveNoGaps() {
        Study s;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(1);
        e.brush().diameter = 3;
        // One fast move across 40 pixels: the stroke is interpolated, 3 rows x 43 columns.
        e.press(0, {5.5, 5.5}, false);
        e.drag({45.5, 5.5});
        const EditedArea a = e.release({45.5, 5.5});
        QCOMPARE(count(s.labels, 1), size_t(3 * 43));
        for (int x = 5; x <= 45; ++x) QCOMPARE(int(s.labels.at(x, 5, 0)), 1);
        // Only the neighbourhood of the stroke is reported for redrawing, not the slice.
        QVERIFY(a.rect.united({4, 4, 43, 3}) == a.rect);
        QVERIFY(a.rect.width * a.rect.height < 4 * 43 * 3);
        QCOMPARE(e.history().undoCount(), size_t(1));
    }

    void intensityRangeRestrictsPainting() {
        Study s;
        for (int y = 0; y < 64; ++y)
            for (int x = 32; x < 64; ++x) s.ct.at(x, y, 0) = 40;  // soft tissue on the right half
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(3);
        e.brush().shape = BrushShape::Square;
        e.brush().diameter = 10;
        e.policy().rangeEnabled = true;
        e.policy().huMin = -1000;
        e.policy().huMax = -100;
        e.press(0, {32.0, 20.0}, false);
        e.release({32.0, 20.0});
        QCOMPARE(count(s.labels, 3), size_t(5 * 10));  // only the 5 columns left of x = 32
        for (int y = 15; y < 25; ++y) QCOMPARE(int(s.labels.at(33, y, 0)), 0);
        e.policy().rangeEnabled = false;
        e.press(0, {32.0, 20.0}, false);
        e.release({32.0, 20.0});
        QCOMPARE(count(s.labels, 3), size_t(100));
    }

    void paintOverBackgroundOnlyKeepsOtherLabels() {
        Study s;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 20; ++x) s.labels.at(x, y, 0) = 1;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(2);
        e.brush().shape = BrushShape::Square;
        e.brush().diameter = 10;
        e.policy().paintOver = PaintOver::BackgroundOnly;
        e.press(0, {20.0, 30.0}, false);
        e.release({20.0, 30.0});
        QCOMPARE(count(s.labels, 2), size_t(50));       // the background half of the 10x10 square
        QCOMPARE(count(s.labels, 1), size_t(20 * 64));  // the left lung is untouched
    }

    void paintOverLungsOnlyStaysInTheLungs() {
        Study s;
        for (int y = 10; y < 30; ++y)
            for (int x = 10; x < 30; ++x) s.labels.at(x, y, 0) = 1;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(3);
        e.brush().shape = BrushShape::Square;
        e.brush().diameter = 20;
        e.policy().paintOver = PaintOver::LungsOnly;
        e.press(0, {30.0, 30.0}, false);  // a 20x20 square centred on the lung's corner
        e.release({30.0, 30.0});
        QCOMPARE(count(s.labels, 3), size_t(100));  // only the quarter that lies on the lung
        QCOMPARE(count(s.labels, 1), size_t(300));
    }

    void eraserRemovesTheActiveLabelAndRestoresLung() {
        Study s;
        for (int y = 10; y < 50; ++y)
            for (int x = 10; x < 50; ++x) s.labels.at(x, y, 0) = 2;
        for (int y = 25; y < 35; ++y)
            for (int x = 25; x < 35; ++x) s.labels.at(x, y, 0) = 3;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(3);
        e.brush().shape = BrushShape::Square;
        e.brush().diameter = 12;
        e.press(0, {30.0, 30.0}, /*erase=*/true);
        e.release({30.0, 30.0});
        QCOMPARE(count(s.labels, 3), size_t(0));
        QCOMPARE(count(s.labels, 2), size_t(40 * 40));  // the infection became lung again, no hole
        // Erasing the lung with infection active does nothing; with lung active it clears it.
        e.setActiveLabel(2);
        e.press(0, {30.0, 30.0}, true);
        e.release({30.0, 30.0});
        QCOMPARE(count(s.labels, 2), size_t(40 * 40 - 144));
    }

    void floodFillFillsTheConnectedRegion() {
        Study s;
        for (int y = 10; y < 40; ++y)
            for (int x = 10; x < 40; ++x)
                if (y == 10 || y == 39 || x == 10 || x == 39) s.labels.at(x, y, 0) = 1;  // a ring
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Fill);
        e.setActiveLabel(3);
        e.press(0, {20.5, 20.5}, false);
        e.release({20.5, 20.5});
        QCOMPARE(count(s.labels, 3), size_t(28 * 28));  // exactly the inside of the ring
        // Filling the background outside covers everything else.
        e.setActiveLabel(2);
        e.press(0, {1.5, 1.5}, false);
        e.release({1.5, 1.5});
        QCOMPARE(count(s.labels, 2), size_t(64 * 64 - 30 * 30));
    }

    void polygonAndLasso() {
        Study s;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Polygon);
        e.setActiveLabel(1);
        // Click polygon through four pixel centres; completed explicitly (Enter / double-click).
        for (PointF p : {PointF{10.5, 10.5}, PointF{19.5, 10.5}, PointF{19.5, 19.5}, PointF{10.5, 19.5}}) {
            e.press(0, p, false);
            e.release(p);
        }
        QVERIFY(e.busy());
        QCOMPARE(e.toolOutline().size(), size_t(4));
        QCOMPARE(count(s.labels, 1), size_t(0));
        e.complete();
        QCOMPARE(count(s.labels, 1), size_t(100));
        // Freehand lasso: press, drag around, release fills.
        e.setActiveLabel(3);
        e.press(0, {40.5, 40.5}, false);
        for (PointF p : {PointF{50.5, 40.5}, PointF{50.5, 50.5}, PointF{40.5, 50.5}}) e.drag(p);
        e.release({40.5, 50.5});
        QCOMPARE(count(s.labels, 3), size_t(121));
        QCOMPARE(e.history().undoCount(), size_t(2));
    }

    void pickReadsTheLabel() {
        Study s;
        s.labels.at(7, 9, 0) = 2;
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        QCOMPARE(int(e.labelAt(0, 7, 9)), 2);
        QCOMPARE(int(e.labelAt(0, 8, 9)), 0);
        QCOMPARE(int(e.labelAt(0, -1, 9)), 0);
    }

    void undoRedoHundredStepsOn512() {
        Study s(512);
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.setTool(ToolKind::Brush);
        e.brush().diameter = 30;
        std::vector<std::vector<uint8_t>> states{s.labels.voxels()};
        for (int i = 0; i < 120; ++i) {
            e.setActiveLabel(uint8_t(1 + i % 3));
            e.press(0, {10.0 + i * 4, 20.0}, false);
            e.drag({10.0 + i * 4, 490.0});
            e.release({500.0 - i * 3, 490.0});
            states.push_back(s.labels.voxels());
        }
        QCOMPARE(e.history().undoCount(), size_t(120));
        QVERIFY(e.history().bytes() < 8u << 20);  // a stroke costs kilobytes, not the slice
        for (int i = 119; i >= 0; --i) {
            QVERIFY(!e.undo().empty());
            QVERIFY(s.labels.voxels() == states[size_t(i)]);
        }
        QVERIFY(e.undo().empty());  // nothing left: no crash, nothing changes
        for (int i = 1; i <= 120; ++i) {
            QVERIFY(!e.redo().empty());
            QVERIFY(s.labels.voxels() == states[size_t(i)]);
        }
        QVERIFY(e.redo().empty());
        // A new edit after undo drops the redo branch.
        e.undo();
        e.press(0, {5, 5}, false);
        e.release({5, 5});
        QVERIFY(!e.history().canRedo());
    }

    void randomStressKeepsStateAndMemoryBounded() {
        Study s(96);
        LabelEditor e(48 * 1024);  // a small budget so that old steps are dropped
        e.attach(&s.ct, &s.labels);
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> pos(-5, 100);
        std::vector<std::vector<uint8_t>> done{s.labels.voxels()}, undone;
        for (int op = 0; op < 3000; ++op) {
            const int kind = int(rng() % 10);
            if (kind < 2) {
                if (!e.undo().empty()) {
                    undone.push_back(done.back());
                    done.pop_back();
                }
            } else if (kind < 3) {
                if (!e.redo().empty()) {
                    done.push_back(undone.back());
                    undone.pop_back();
                }
            } else {
                const ToolKind tools[] = {ToolKind::Brush, ToolKind::Brush, ToolKind::Fill, ToolKind::Polygon};
                e.setTool(tools[rng() % 4]);
                e.setActiveLabel(uint8_t(rng() % 4));
                e.brush().diameter = 1 + rng() % 20;
                e.policy().paintOver = rng() % 2 ? PaintOver::AllLabels : PaintOver::BackgroundOnly;
                const bool erase = rng() % 4 == 0;
                e.press(0, {pos(rng), pos(rng)}, erase);
                for (int m = 0; m < 5; ++m) e.drag({pos(rng), pos(rng)});
                e.release({pos(rng), pos(rng)});
                e.complete();
                if (s.labels.voxels() != done.back()) {
                    done.push_back(s.labels.voxels());
                    undone.clear();
                }
            }
            // The history forgets its oldest steps within its budget; so does the reference.
            while (done.size() > e.history().undoCount() + 1) done.erase(done.begin());
            QVERIFY(s.labels.voxels() == done.back());
            QVERIFY(e.history().bytes() <= e.history().budget() || e.history().undoCount() == 1);
        }
    }

    void autosaveJournalRecoversAllButATornRecord() {
        QTemporaryDir dir;
        const std::string folder = dir.filePath(QStringLiteral("autosave")).toStdString();
        Study s(64, 3);
        s.labels.at(1, 1, 1) = 2;
        AutosaveJournal journal(folder);
        journal.start(s.labels, "/data/ct.nii.gz");
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.onCommit = [&](const LabelChange& c) { journal.append(c); };
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(3);
        for (int i = 0; i < 5; ++i) {
            e.press(i % 3, {10.0 + i * 5, 10.0}, false);
            e.release({10.0 + i * 5, 40.0});
        }
        e.undo();
        const std::vector<uint8_t> expected = s.labels.voxels();
        QCOMPARE(journal.recordsSinceSnapshot(), 6);

        LabelMap recovered(s.labels.geometry(), uint8_t(0));
        AutosaveInfo info;
        QVERIFY(AutosaveJournal::recover(folder, "/data/ct.nii.gz", recovered, &info));
        QVERIFY(recovered.voxels() == expected);
        QCOMPARE(info.edits, 6);
        QVERIFY(!AutosaveJournal::recover(folder, "/data/other.nii.gz", recovered, nullptr));

        // A crash in the middle of writing the last record: everything before it comes back.
        const std::string journalFile = folder + "/journal.bin";
        std::filesystem::resize_file(journalFile, std::filesystem::file_size(journalFile) - 3);
        LabelMap partial(s.labels.geometry(), uint8_t(0));
        QVERIFY(AutosaveJournal::recover(folder, "/data/ct.nii.gz", partial, &info));
        QCOMPARE(info.edits, 5);
        e.redo();  // the state before the (lost) undo record
        QVERIFY(partial.voxels() == s.labels.voxels());
        journal.discard();
        QVERIFY(!AutosaveJournal::exists(folder, nullptr));
    }

    void autosaveFromEmptyLabelsWritesNoSnapshot() {
        // A study opened without labels: no volume-sized file of zeros, and recovery still works.
        QTemporaryDir dir;
        const std::string folder = dir.filePath(QStringLiteral("autosave")).toStdString();
        Study s(64, 3);
        AutosaveJournal journal(folder);
        journal.start(s.labels, "/data/ct.nii.gz");
        QVERIFY(!std::filesystem::exists(folder + "/snapshot.raw"));
        LabelEditor e;
        e.attach(&s.ct, &s.labels);
        e.onCommit = [&](const LabelChange& c) { journal.append(c); };
        e.setTool(ToolKind::Brush);
        e.setActiveLabel(3);
        e.press(2, {20.0, 20.0}, false);
        e.release({40.0, 30.0});
        LabelMap recovered(s.labels.geometry(), uint8_t(1));  // not zeros: recovery must clear it
        AutosaveInfo info;
        QVERIFY(AutosaveJournal::recover(folder, "/data/ct.nii.gz", recovered, &info));
        QCOMPARE(info.edits, 1);
        QVERIFY(recovered.voxels() == s.labels.voxels());
        Study other(32, 3);  // another grid is refused
        QVERIFY(!AutosaveJournal::recover(folder, "/data/ct.nii.gz", other.labels, nullptr));
        // Labels that are not empty are still snapshotted.
        journal.start(s.labels, "/data/ct.nii.gz");
        QVERIFY(std::filesystem::exists(folder + "/snapshot.raw"));
    }

    void sessionRoundTrip() {
        QTemporaryDir dir;
        StudySession s;
        s.imagePath = dir.filePath(QStringLiteral("ct/series")).toStdString();
        s.labelsPath = dir.filePath(QStringLiteral("labels.nii.gz")).toStdString();
        s.slice = 7;
        s.window = {1400, -500};
        s.labelNames[3] = "GGO";
        s.display.colours[3] = {1, 2, 3};
        s.display.outlineOnly = true;
        s.activeLabel = 2;
        s.brushDiameter = 13;
        s.policy.rangeEnabled = true;
        s.policy.huMin = -900;
        s.policy.paintOver = PaintOver::BackgroundOnly;
        const std::string path = dir.filePath(QStringLiteral("study.cosingan-session")).toStdString();
        saveSession(path, s);
        const StudySession back = loadSession(path);
        QCOMPARE(back.imagePath, s.imagePath);
        QCOMPARE(back.labelsPath, s.labelsPath);
        QCOMPARE(back.slice, 7);
        QVERIFY(back.window == s.window);
        QCOMPARE(back.labelNames[3], std::string("GGO"));
        QVERIFY(back.display.colours[3] == s.display.colours[3]);
        QVERIFY(back.display.outlineOnly);
        QCOMPARE(int(back.activeLabel), 2);
        QCOMPARE(back.brushDiameter, 13.0);
        QVERIFY(back.policy.rangeEnabled && back.policy.huMin == -900);
        QVERIFY(back.policy.paintOver == PaintOver::BackgroundOnly);
        // Paths beside the session are stored relative to it.
        QVERIFY(readJsonFile(path).at("labels").asString() == "labels.nii.gz");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadSession(dir.filePath(QStringLiteral("none")).toStdString()));
    }
};

QTEST_GUILESS_MAIN(AnnotateToolsTest)
#include "AnnotateToolsTest.moc"
