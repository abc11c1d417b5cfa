#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cosingan::ui {

QList<Language> availableLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* own = new QTranslator(&app);
    if (locale.language() == QLocale::English ||
        !own->load(locale, QStringLiteral("cosingan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) where Qt's translations are installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    for (const Language& l : availableLanguages())
        if (own->language().startsWith(l.code.left(2))) return l.code;
    return own->language();
}

}  // namespace cosingan::ui
