#pragma once
// The most recently opened studies, kept in the user's settings.
#include <QStringList>

namespace cosingan::ui {

class RecentFiles {
public:
    static constexpr int kMaximum = 10;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

}  // namespace cosingan::ui
