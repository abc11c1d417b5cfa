#include "Window.h"

#include <opencv2/core.hpp>

#include <algorithm>

namespace cosingan {

const std::vector<WindowPresetInfo>& windowPresets() {
    static const std::vector<WindowPresetInfo> presets{
        {WindowPreset::PaperLung, "Lung (paper, -1250..250 HU)", "paper-lung", WindowLevel::fromRange(-1250, 250)},
        {WindowPreset::SlicerLung, "CT lung (W 1400 / L -500)", "ct-lung", {1400, -500}},
        {WindowPreset::Mediastinum, "Mediastinum (W 350 / L 40)", "mediastinum", {350, 40}},
        {WindowPreset::Custom, "Custom", "custom", WindowLevel::fromRange(-1250, 250)},
    };
    return presets;
}

const WindowPresetInfo& windowPreset(WindowPreset id) {
    for (const auto& p : windowPresets())
        if (p.id == id) return p;
    return windowPresets().front();
}

WindowPreset matchingPreset(const WindowLevel& w) {
    for (const auto& p : windowPresets())
        if (p.id != WindowPreset::Custom && p.window == w) return p.id;
    return WindowPreset::Custom;
}

void applyWindow(const int16_t* hu, int columns, int rows, const WindowLevel& window, uint8_t* out) {
    const double width = std::max(1.0, window.width);
    const double alpha = 255.0 / width;
    const double beta = -window.low() * alpha;
    cv::Mat src(rows, columns, CV_16SC1, const_cast<int16_t*>(hu));
    cv::Mat dst(rows, columns, CV_8UC1, out);
    src.convertTo(dst, CV_8U, alpha, beta);  // saturating: clamps outside the window
}

std::vector<uint8_t> applyWindow(const std::vector<int16_t>& hu, int columns, int rows, const WindowLevel& window) {
    std::vector<uint8_t> out(size_t(columns) * size_t(rows));
    applyWindow(hu.data(), columns, rows, window, out.data());
    return out;
}

}  // namespace cosingan
