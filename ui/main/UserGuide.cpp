#include "UserGuide.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cosingan::ui {

QString userGuidePath() {
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/cosingan-studio/user-guide.md")),
        QStringLiteral(COSINGAN_SOURCE_DOCS "/user-guide.md")};
    for (const QString& c : candidates)
        if (QFileInfo(c).isFile()) return QFileInfo(c).canonicalFilePath();
    return {};
}

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("CoSinGAN Studio User Guide"));
    browser_ = new QTextBrowser(this);
    browser_->setOpenLinks(true);
    browser_->setOpenExternalLinks(true);
    const QString path = userGuidePath();
    found_ = !path.isEmpty();
    if (found_) {
        browser_->setSearchPaths({QFileInfo(path).absolutePath()});
        browser_->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    } else {
        browser_->setHtml(tr("<p>The user guide is not installed. It is in the source tree as "
                             "<code>docs/user-guide.md</code>, and in the Debian package under "
                             "<code>/usr/share/doc/cosingan-studio</code>.</p>"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

}  // namespace cosingan::ui
