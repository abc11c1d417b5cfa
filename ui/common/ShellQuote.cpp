#include "ShellQuote.h"

#include <QRegularExpression>

namespace cosingan::ui {

QString shellQuoted(const QString& word) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_./=,:+@%-]"));
    if (!word.isEmpty() && !word.contains(unsafe)) return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

}  // namespace cosingan::ui
