#include "WelcomePage.h"

#include "ui/common/Icons.h"
#include "ui/common/Preferences.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {

QPushButton* bigButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setMinimumHeight(34);
    b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 12px;"));
    return b;
}

void fill(QListWidget* list, const QStringList& paths, const QString& empty) {
    list->clear();
    for (const QString& p : paths) {
        const QString name = QFileInfo(p).fileName().isEmpty() ? p : QFileInfo(p).fileName();
        auto* item = new QListWidgetItem(name, list);
        item->setToolTip(p);
        item->setData(Qt::UserRole, p);
        if (!QFileInfo::exists(p)) item->setForeground(QColor(128, 128, 128));
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(empty, list);
        item->setFlags(Qt::NoItemFlags);
    }
}

}  // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(18);

    auto* icon = new QLabel(content);
    icon->setPixmap(applicationIcon().pixmap(72, 72));
    auto* title = new QLabel(tr("<h1 style=\"margin:0\">CoSinGAN Studio</h1>"
                                "<p>From one annotated CT slice to unlimited labelled CT slices.</p>"),
                             content);
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    grid->addLayout(header, 0, 0, 1, 2);

    auto* start = new QGroupBox(tr("Start"), content);
    auto* startColumn = new QVBoxLayout(start);
    auto* demo = bigButton(tr("Open the Built-in Demo"), tr("A synthetic chest phantom with lungs and infection painted"), start);
    auto* file = bigButton(tr("Open a CT File…"), tr("NIfTI, DICOM, NRRD, MetaImage, PNG or JPEG (Ctrl+O)"), start);
    auto* folder = bigButton(tr("Open a DICOM Folder…"), tr("A folder with one DICOM series (Ctrl+Shift+O)"), start);
    auto* session = bigButton(tr("Open a Session…"), tr("A .cosingan-session saved earlier: study, labels and model"), start);
    for (QPushButton* b : {demo, file, folder, session}) startColumn->addWidget(b);
    auto* help = new QLabel(tr("Every shortcut: F1. The user guide: Shift+F1. Preferences: Ctrl+,"), start);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #9aa3ad;"));
    startColumn->addWidget(help);
    startColumn->addStretch(1);
    showAtStart_ = new QCheckBox(tr("Show this page at start"), start);
    startColumn->addWidget(showAtStart_);
    grid->addWidget(start, 1, 0);

    auto* recent = new QGroupBox(tr("Recent"), content);
    auto* recentColumn = new QVBoxLayout(recent);
    recentColumn->addWidget(new QLabel(tr("Studies"), recent));
    studies_ = new QListWidget(recent);
    recentColumn->addWidget(studies_);
    recentColumn->addWidget(new QLabel(tr("Models"), recent));
    models_ = new QListWidget(recent);
    recentColumn->addWidget(models_);
    for (QListWidget* l : {studies_, models_}) {
        l->setMinimumHeight(60);
        l->setMaximumHeight(130);
    }
    grid->addWidget(recent, 1, 1);

    auto* how = new QGroupBox(tr("How it works"), content);
    auto* steps = new QGridLayout(how);
    const struct { const char* icon; QString title; QString text; } kSteps[] = {
        {"brush", tr("1  Paint"),
         tr("Open a CT and choose one slice. Propose the lungs (Ctrl+L) and paint the infection with the brush, "
            "fill or polygon, limited to an HU range.")},
        {"train", tr("2  Train"),
         tr("Train a CoSinGAN on that slice in the background: a pyramid of GANs from 32 px upwards. Watch the "
            "losses and images; pause, stop and resume.")},
        {"polygon", tr("3  Synthesise"),
         tr("Draw new lung and infection masks, or use other slices' masks: the model paints matching CT, "
            "slice by slice or whole volumes.")},
        {"fill", tr("4  Export"),
         tr("Export labelled datasets for nnU-Net and measure how well a segmenter trained on them does on real "
            "slices (File ▸ Export Dataset).")},
    };
    int column = 0;
    for (const auto& s : kSteps) {
        auto* stepIcon = new QLabel(how);
        stepIcon->setPixmap(actionIcon(s.icon).pixmap(28, 28));
        auto* stepTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(s.title.toHtmlEscaped()), how);
        auto* stepText = new QLabel(s.text, how);
        stepText->setWordWrap(true);
        stepText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto* head = new QHBoxLayout;
        head->addWidget(stepIcon);
        head->addWidget(stepTitle, 1);
        steps->addLayout(head, 0, column);
        steps->addWidget(stepText, 1, column);
        steps->setColumnStretch(column, 1);
        ++column;
    }
    grid->addWidget(how, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(3, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(file, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(folder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(session, &QPushButton::clicked, this, &WelcomePage::openSessionRequested);
    connect(showAtStart_, &QCheckBox::toggled, this, &WelcomePage::showAtStartChanged);
    connect(studies_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled) Q_EMIT studyRequested(item->data(Qt::UserRole).toString());
    });
    connect(models_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled) Q_EMIT modelRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::refresh(const QStringList& recentStudies, const QStringList& recentModels) {
    fill(studies_, recentStudies, tr("No studies opened yet"));
    fill(models_, recentModels, tr("No models opened yet"));
    // As Preferences last left it (the box and the preference are one setting).
    const QSignalBlocker quiet(showAtStart_);
    showAtStart_->setChecked(Preferences::load().showStartPage);
}

}  // namespace cosingan::ui
