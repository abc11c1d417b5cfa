#pragma once
// Display windowing of HU to 8-bit grey.
#include <cstdint>
#include <string>
#include <vector>

namespace cosingan {

struct WindowLevel {
    double width = 1500.0;
    double level = -500.0;
    double low() const { return level - width / 2.0; }
    double high() const { return level + width / 2.0; }
    static WindowLevel fromRange(double low, double high) { return {high - low, (low + high) / 2.0}; }
    bool operator==(const WindowLevel& o) const { return width == o.width && level == o.level; }
};

enum class WindowPreset { PaperLung, SlicerLung, Mediastinum, Custom };

struct WindowPresetInfo {
    WindowPreset id;
    const char* name;
    const char* key;  // stable identifier for settings, sessions and the CLI
    WindowLevel window;
};

// Paper lung window [-1250, 250] (default), Slicer's CT-lung (W 1400 / L -500), mediastinum
// (W 350 / L 40). Custom carries the paper window as a starting point.
const std::vector<WindowPresetInfo>& windowPresets();
const WindowPresetInfo& windowPreset(WindowPreset id);
// Preset whose window equals w, or Custom.
WindowPreset matchingPreset(const WindowLevel& w);

// Windows a slice of HU to 8-bit (linear inside the window, clamped outside), via OpenCV.
void applyWindow(const int16_t* hu, int columns, int rows, const WindowLevel& window, uint8_t* out);
std::vector<uint8_t> applyWindow(const std::vector<int16_t>& hu, int columns, int rows, const WindowLevel& window);

}  // namespace cosingan
