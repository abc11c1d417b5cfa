#pragma once
// The generated corpus of bad inputs: each case is a command line of the cosingan tool (and, for
// files a user can open in the app, a path for the app's loader), the exit status it must end with,
// and words its message must contain — the message class. Built in a scratch folder by
// buildCorpus(); a tiny model for the generate cases is trained there first.
#include <QString>
#include <QStringList>
#include <vector>

namespace cosingan::test {

struct CorpusCase {
    QString name;
    QStringList args;        // for the cosingan tool
    int exitCode = 1;        // 0 ok, 1 refused input, 2 usage error
    QStringList keywords;    // one of them must be in the message (case-insensitive)
    QString guiOpen;         // a path for the app's "open" (empty: the app cannot be given it)
    QString guiSession;      // a session file for the app's "open session"
};

// Writes every input under `folder`; `cli` trains the tiny model. Returns the cases.
std::vector<CorpusCase> buildCorpus(const QString& folder, const QString& cli, const QString& sharedData);

// Library wording that must never reach a user.
QStringList rawLibraryPatterns();

}  // namespace cosingan::test
