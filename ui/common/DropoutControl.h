#pragma once
// The "Dropout at synthesis (AD)" check box of the Synthesise panel and the export dialog: usable
// only for a model whose generators have dropout layers, its tooltip saying what it does or why not.
class QCheckBox;

namespace cosingan::ui {

void showModelDropout(QCheckBox* box, bool modelHasDropout);

}  // namespace cosingan::ui
