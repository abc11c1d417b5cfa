#include "MaskImage.h"

#include "util/FileSafety.h"
#include "util/UserMessage.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace cosingan {

bool isPlainMaskImagePath(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".png" || ext == ".bmp" || ext == ".pgm" || ext == ".tif" || ext == ".tiff" || ext == ".jpg" ||
           ext == ".jpeg";
}

MaskImage readMaskImage(const std::string& path, const std::string& what) {
    try {
        requireReadableFile(path, what);
    } catch (const PathError& e) {
        throw UserInputError(e);  // the same message, as bad input
    }
    cv::Mat m;
    try {
        m = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        m = cv::Mat();
    }
    if (m.empty())
        throw UserInputError(COSINGAN_MESSAGE("Messages", "%1 '%2' is not an image file that can be read (damaged, or of "
                                              "another kind)."),
                             {what, path});
    if (m.depth() != CV_8U)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "%1 '%2' has %3-bit values; a mask is an 8-bit image (labels "
                                              "0..3, or 0/128/255)."),
                             {what, path, std::to_string(8 * int(m.elemSize1()))});
    if (m.channels() == 3 || m.channels() == 4) {
        std::vector<cv::Mat> planes;
        cv::split(m, planes);
        if (cv::countNonZero(planes[0] != planes[1]) > 0 || cv::countNonZero(planes[1] != planes[2]) > 0)
            throw UserInputError(COSINGAN_MESSAGE("Messages", "%1 '%2' is a colour image; a mask is grey (labels 0..3, or "
                                                  "0/128/255)."),
                                 {what, path});
        m = planes[0];
    } else if (m.channels() != 1) {
        throw UserInputError(COSINGAN_MESSAGE("Messages", "%1 '%2' has %3 channels; a mask has one."),
                             {what, path, std::to_string(m.channels())});
    }
    m = m.clone();
    MaskImage out;
    out.width = m.cols;
    out.height = m.rows;
    out.values.assign(m.data, m.data + m.total());
    return out;
}

}  // namespace cosingan
