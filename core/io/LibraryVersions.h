#pragma once
// The imaging libraries this build reads and processes images with, for the About box and reports.
#include <string>
#include <vector>

namespace cosingan::io {

struct LibraryVersion {
    std::string name;
    std::string version;
    std::string licence;
};

// ITK, GDCM and OpenCV as compiled in.
std::vector<LibraryVersion> imagingLibraryVersions();

}  // namespace cosingan::io
