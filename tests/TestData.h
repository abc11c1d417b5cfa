#pragma once
// Paths of the real CT data the tests read in place (never copied into the repository).
#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace cosingan::test {

inline QString sharedData(const QString& relative) {
    return QDir(QStringLiteral(COSINGAN_SHARED_DATA)).filePath(relative);
}

// Fails the calling test (not skips) when the data is missing: CI has it, so a missing folder is a
// broken setup, not a reason to pass.
#define COSINGAN_REQUIRE_DATA(relative)                                                                 \
    do {                                                                                                \
        if (!QFileInfo::exists(::cosingan::test::sharedData(relative)))                                 \
            QFAIL(qPrintable(QStringLiteral("test data missing: ") + ::cosingan::test::sharedData(relative))); \
    } while (0)

}  // namespace cosingan::test
