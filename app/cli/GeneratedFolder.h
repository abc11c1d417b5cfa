#pragma once
// The output folder of `cosingan generate`: it may be new, empty, or a folder an earlier generate
// run wrote; a record (generated.json) lists the files this tool wrote there, and only those may
// be replaced. Any other file of the same name — a user's file, or the masks themselves when --out
// points at their folder — stops the run before anything is written.
#include "gan/ConditionSet.h"
#include "gan/SliceData.h"
#include "util/Json.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace cosingan::cli {

class GeneratedFolder {
public:
    explicit GeneratedFolder(std::string folder);

    // Checks that every planned file name (relative to the folder) may be written, creates the
    // folder and records the names before writing. Throws std::runtime_error with the reason.
    void claim(const std::vector<std::string>& fileNames);
    // Writes an 8-bit image (the build's format); returns the path written.
    std::string write(const std::string& baseName, const std::vector<uint8_t>& pixels, int width, int height);
    // Rewrites the record with what was written (and the model it came from).
    void finish(const std::string& modelFolder);

    static constexpr const char* kRecordName = "generated.json";

private:
    void writeRecord(const std::string& modelFolder) const;

    std::string folder_;
    std::set<std::string> owned_;    // recorded by earlier runs or claimed by this one
    std::vector<std::string> written_;
};

}  // namespace cosingan::cli
