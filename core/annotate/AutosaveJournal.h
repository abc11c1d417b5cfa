#pragma once
// Crash-safe autosave of the label map: a snapshot plus an append-only journal of every committed
// edit (a few hundred bytes per stroke, flushed to disk at once), so a crash loses at most the
// stroke being drawn. A torn last record (the crash hit mid-write) is detected by its checksum and
// ignored. Folder layout: snapshot.raw (the labels), journal.bin, autosave.json (what it belongs to).
#include "LabelChange.h"

#include <cstdio>
#include <array>
#include <string>

namespace cosingan {

struct AutosaveInfo {
    std::string imageId;   // the study it belongs to (e.g. the image path)
    std::string updated;   // ISO time of the last record
    int edits = 0;         // records in the journal
    bool snapshotIsZeros = false;    // the journal started from empty labels (no snapshot file)
    std::array<int, 3> size{0, 0, 0};  // the label grid it was started on
};

class AutosaveJournal {
public:
    explicit AutosaveJournal(std::string folder);
    ~AutosaveJournal();

    // Starts anew from a snapshot of labels (written atomically), for the study imageId.
    void start(const LabelMap& labels, const std::string& imageId);
    // Appends one committed change and flushes it to disk.
    void append(const LabelChange& change);
    int recordsSinceSnapshot() const { return records_; }
    // Removes the autosave (after an explicit save, or when the user discards it).
    void discard();
    const std::string& folder() const { return folder_; }

    // Reads the autosave in folder: false when there is none (or it belongs to another study or
    // another grid). Otherwise labels = snapshot + every intact record.
    static bool recover(const std::string& folder, const std::string& imageId, LabelMap& labels, AutosaveInfo* info);
    static bool exists(const std::string& folder, AutosaveInfo* info);

private:
    void close();
    std::string folder_;
    std::FILE* journal_ = nullptr;
    int records_ = 0;
    std::string imageId_;
};

// Serialisation of a change (also used by the journal's tests).
std::string serialiseChange(const LabelChange& change);
bool deserialiseChange(const std::string& bytes, LabelChange& change);

}  // namespace cosingan
