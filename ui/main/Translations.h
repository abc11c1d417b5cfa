#pragma once
// The languages the app speaks and the translators that make it speak them: the app's own
// (translations/cosingan_*.ts, compiled into the binary under :/i18n) and Qt's for its dialogs.
#include <QList>
#include <QString>

class QCoreApplication;

namespace cosingan::ui {

struct Language {
    QString code;        // "en", "de", "zh_CN"
    QString nativeName;  // as the language's speakers write it
};

QList<Language> availableLanguages();

// Installs the translators for a language code ("" = the system's language) and makes its locale
// the default; returns the code in use ("en" when the language is English or not translated).
QString installTranslations(QCoreApplication& app, const QString& language);

}  // namespace cosingan::ui
