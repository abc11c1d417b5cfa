#pragma once
// Command lines the dialogs show for the `cosingan` tool: a path or value that a POSIX shell would
// split or expand is put in single quotes (a quote inside becomes '\'').
#include <QString>

namespace cosingan::ui {

QString shellQuoted(const QString& word);

}  // namespace cosingan::ui
