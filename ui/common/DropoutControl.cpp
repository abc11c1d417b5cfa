#include "DropoutControl.h"

#include <QCheckBox>
#include <QCoreApplication>

namespace cosingan::ui {

void showModelDropout(QCheckBox* box, bool modelHasDropout) {
    box->setEnabled(modelHasDropout);
    box->setToolTip(modelHasDropout
                        ? QCoreApplication::translate("cosingan::ui::DropoutControl",
                                                      "Dropout 0.5 active at synthesis (the paper's AD): more diverse images "
                                                      "from the same mask")
                        : QCoreApplication::translate("cosingan::ui::DropoutControl",
                                                      "This model's generators have no dropout layers (fewer than six "
                                                      "down-samplings): dropout would change nothing. Use RC."));
}

}  // namespace cosingan::ui
