#include "LibraryVersions.h"

#include <gdcmConfigure.h>
#include <itkVersion.h>
#include <opencv2/core/version.hpp>

namespace cosingan::io {

std::vector<LibraryVersion> imagingLibraryVersions() {
    return {{"ITK", itk::Version::GetITKVersion(), "Apache-2.0"},
            {"GDCM", GDCM_VERSION, "BSD-3-Clause"},
            {"OpenCV", CV_VERSION, "Apache-2.0"}};
}

}  // namespace cosingan::io
