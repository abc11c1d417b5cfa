// A benchmark, not a test: trains a slice bundle through the app's own training path (the
// TrainingSession and its worker thread, with the event loop draining curves and previews as the
// Train workspace does) and prints the wall time, to set against `cosingan train` on the same
// bundle and preset (scripts/bench-app-training.sh runs both, quiet and next to a busy process).
//
//   bench_app_training SLICE.pt PRESET MODEL_DIR
#include "gan/SliceBundle.h"
#include "ui/train/TrainingSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace cosingan;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_app_training SLICE.pt PRESET MODEL_DIR\n");
        return 2;
    }
    gan::TrainingRequest r;
    r.config = gan::makePreset(argv[2]);
    r.slice = gan::loadSliceBundle(argv[1]);
    r.modelFolder = argv[3];
    ui::TrainingSession session;
    QElapsedTimer clock;
    clock.start();
    QString why;
    if (!session.start(r, &why)) {
        std::fprintf(stderr, "cannot train: %s\n", qPrintable(why));
        return 1;
    }
    QObject::connect(&session, &ui::TrainingSession::trainingEnded, &app, [&](bool completed) {
        std::printf("app training path: preset %s, %s in %.1f s\n", argv[2], completed ? "finished" : "not finished",
                    clock.elapsed() / 1000.0);
        app.exit(completed ? 0 : 1);
    });
    return app.exec();
}
