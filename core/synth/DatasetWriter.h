#pragma once
// Writing one exported dataset (DatasetExport.h describes the layouts): the folder checks, a
// staging folder beside the target that receives the cases, and the commit that renames it into
// place with dataset.json and the record — or, if anything fails or is cancelled before, removes
// it, leaving the target (and an earlier export there) as it was.
#include "DatasetExport.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cosingan {

class DatasetWriter {
public:
    // Refuses (std::runtime_error) a target that is a file or a folder holding anything but an
    // export of ours, before anything is written.
    DatasetWriter(const std::string& outFolder, DatasetLayout layout, std::string datasetName);
    ~DatasetWriter();  // removes the staging folder unless committed
    DatasetWriter(const DatasetWriter&) = delete;
    DatasetWriter& operator=(const DatasetWriter&) = delete;

    // The next case's name (NAME_0001, …).
    std::string nextCaseName();
    int cases() const { return index_; }
    // A single-slice case (8-bit lung-window image, labels 0..3), spacing in mm.
    void writeSlice(const std::string& name, const std::vector<uint8_t>& image, const std::vector<uint8_t>& labels, int width,
                    int height, const double spacing[3]);
    // A whole-volume case (NIfTI layouts only).
    void writeVolume(const std::string& name, const CtVolume& ct, const LabelMap& labels);

    // Writes dataset.json (nnU-Net) and the record (`cases` etc. filled by the caller; format and
    // layout added here), then renames the staging folder into place. Returns the folder.
    std::string commit(Json record);

private:
    std::filesystem::path out_, staging_;
    DatasetLayout layout_;
    std::string name_;
    bool replace_ = false, committed_ = false;
    int index_ = 0;
};

std::string layoutRecordName(DatasetLayout layout);  // "nnU-Net v2 raw", "NIfTI pairs", "PNG pairs"

}  // namespace cosingan
