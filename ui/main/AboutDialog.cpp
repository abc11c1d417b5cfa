#include "AboutDialog.h"

#include "gan/Runtime.h"
#include "io/LibraryVersions.h"
#include "render/VtkHostWidget.h"
#include "ui/common/Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {

QString row(const QString& name, const QString& version, const QString& licence) {
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
        .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
}

}  // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About CoSinGAN Studio"));
    QString libraries = row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"));
    libraries += row(QStringLiteral("VTK"), render::vtkVersionText(), QStringLiteral("BSD-3-Clause"));
    for (const auto& l : io::imagingLibraryVersions())
        libraries += row(QString::fromStdString(l.name), QString::fromStdString(l.version), QString::fromStdString(l.licence));
    libraries += row(QStringLiteral("LibTorch"), QString::fromStdString(gan::runtimeSummary()), QStringLiteral("BSD-3-Clause"));

    html_ = tr("<h2>CoSinGAN Studio %1</h2>"
               "<p>Learns a conditional single-image GAN from one annotated CT slice and synthesises realistic, "
               "labelled CT slices and volumes from new lung and infection masks: training data for segmentation "
               "networks when almost no annotated data exists.</p>"
               "<p><b>Not a medical device.</b> Synthetic images are marked as such and must not be used for "
               "diagnosis.</p>")
                .arg(QApplication::applicationVersion()) +
            tr("<h3>Please cite</h3>"
               "<p>Pengyi Zhang, Yunxin Zhong, Yulin Deng, Xiaoying Tang, Xiaoqiong Li. <i>CoSinGAN: Learning "
               "COVID-19 Infection Segmentation from a Single Radiological Image.</i> Diagnostics, 2020 "
               "(published 3 November 2020). The paper's text is licensed CC BY 4.0.</p>") +
            tr("<h3>Data</h3>"
               "<p>The built-in demo is a synthetic chest phantom made by this program. Documentation and tests use "
               "real scans from: MIDRC-RICORD-1A (The Cancer Imaging Archive, CC BY-NC 4.0); the MedSeg / Inf-Net "
               "COVID-19 CT slices (Fan et al., IEEE TMI 2020); MosMedData (CC BY-NC-ND 3.0); TotalSegmentator and "
               "lungmask test data (Apache-2.0).</p>") +
            tr("<h3>Libraries in this build</h3>") +
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(libraries);

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(html_);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

}  // namespace cosingan::ui
