#include "StudySession.h"

#include "util/FileSafety.h"
#include "util/Json.h"
#include "util/UserMessage.h"

#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

constexpr const char* kFormat = "cosingan-studio-session";
constexpr int kVersion = 1;

std::string relativeTo(const std::string& path, const fs::path& base) {
    if (path.empty()) return path;
    const fs::path p = fs::absolute(path).lexically_normal();
    const fs::path rel = p.lexically_relative(base);
    return rel.empty() ? p.string() : rel.string();
}

std::string absolute(const std::string& path) {
    return path.empty() ? path : fs::absolute(path).lexically_normal().string();
}

// The relative form first (the session may have moved with its files), then the absolute one.
std::string resolve(const Json& j, const char* key, const fs::path& base) {
    const std::string stored = j.value(key, "");
    if (stored.empty()) return stored;
    const fs::path p(stored);
    const std::string relative = (p.is_absolute() ? p : (base / p)).lexically_normal().string();
    std::error_code ec;
    if (fs::exists(relative, ec)) return relative;
    const std::string fallback = j.value((std::string(key) + "_absolute").c_str(), "");
    return !fallback.empty() && fs::exists(fallback, ec) ? fallback : relative;
}

}  // namespace

StudySession::StudySession() {
    window = windowPreset(WindowPreset::PaperLung).window;
    for (const auto& s : defaultLabelStyles()) labelNames[size_t(s.label)] = s.name;
}

void saveSession(const std::string& path, const StudySession& s) {
    const fs::path base = fs::absolute(path).parent_path();
    Json j = Json::object();
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["image"] = relativeTo(s.imagePath, base);
    j["image_absolute"] = absolute(s.imagePath);
    j["labels"] = relativeTo(s.labelsPath, base);
    j["labels_absolute"] = absolute(s.labelsPath);
    j["model"] = relativeTo(s.modelPath, base);
    j["model_absolute"] = absolute(s.modelPath);
    j["slice"] = s.slice;
    j["transposed"] = s.transposed;
    j["window"]["width"] = s.window.width;
    j["window"]["level"] = s.window.level;
    Json labels = Json::array();
    for (size_t l = 0; l < kLabelCount; ++l) {
        Json e = Json::object();
        e["value"] = int(l);
        e["name"] = s.labelNames[l];
        e["colour"] = std::vector<int>{s.display.colours[l][0], s.display.colours[l][1], s.display.colours[l][2]};
        e["visible"] = bool(s.display.visible[l]);
        labels.push_back(e);
    }
    j["labels_display"]["labels"] = labels;
    j["labels_display"]["opacity"] = double(s.display.opacity);
    j["labels_display"]["outline_only"] = s.display.outlineOnly;
    j["labels_display"]["show"] = s.display.showLabels;
    j["tools"]["active_label"] = int(s.activeLabel);
    j["tools"]["brush_diameter"] = s.brushDiameter;
    j["tools"]["square_brush"] = s.squareBrush;
    j["tools"]["hu_range"] = std::vector<int>{s.policy.huMin, s.policy.huMax};
    j["tools"]["hu_range_on"] = s.policy.rangeEnabled;
    j["tools"]["paint_over"] = s.policy.paintOver == PaintOver::AllLabels        ? "all"
                               : s.policy.paintOver == PaintOver::BackgroundOnly ? "background"
                                                                                 : "lungs";
    writeJsonFile(path, j);
}

std::string sessionOwnedPath(const std::string& sessionPath, const std::string& suffix, const std::string& current) {
    const fs::path session = fs::absolute(sessionPath).lexically_normal();
    std::string stem = session.filename().string();
    if (const size_t dot = stem.find('.'); dot != std::string::npos && dot > 0) stem = stem.substr(0, dot);
    // What the session file being replaced (if any) refers to is its own, so it may be replaced too.
    std::string replaced;
    std::error_code ec;
    if (fs::exists(session, ec)) {
        try {
            const StudySession old = loadSession(session.string());
            for (const std::string* p : {&old.labelsPath, &old.modelPath})
                if (!p->empty()) replaced += absolute(*p) + "\n";
        } catch (const std::exception&) {
        }
    }
    const std::string ext = suffix.find('.') == std::string::npos ? std::string() : suffix.substr(suffix.find('.'));
    const std::string body = suffix.substr(0, suffix.size() - ext.size());
    for (int k = 1;; ++k) {
        const fs::path candidate = session.parent_path() / (stem + body + (k == 1 ? std::string() : "-" + std::to_string(k)) + ext);
        const std::string c = candidate.string();
        if (!fs::exists(candidate, ec) && !fs::is_symlink(candidate, ec)) return c;
        if (!current.empty() && absolute(current) == c) return c;
        if (replaced.find(c + "\n") != std::string::npos) return c;
    }
}

StudySession loadSession(const std::string& path) {
    requireReadableFile(path, COSINGAN_MESSAGE("Messages", "the session"));
    Json j;
    try {
        j = readJsonFile(path);
    } catch (const std::exception& e) {
        throw UserError(COSINGAN_MESSAGE("Messages", "The session file '%1' is damaged: %2"), {path, e.what()});
    }
    if (!j.isObject() || j.value("format", "") != std::string(kFormat))
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is not a CoSinGAN Studio session."), {path});
    if (j.value("version", 0) > kVersion)
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' was written by a newer CoSinGAN Studio (session version %2): "
                                         "update CoSinGAN Studio to open it."),
                        {path, std::to_string(j.value("version", 0))});
    const fs::path base = fs::absolute(path).parent_path();
    StudySession s;
    s.imagePath = resolve(j, "image", base);
    s.labelsPath = resolve(j, "labels", base);
    s.modelPath = resolve(j, "model", base);
    s.slice = j.value("slice", 0);
    s.transposed = j.value("transposed", false);
    if (const Json* w = j.find("window")) s.window = {w->value("width", s.window.width), w->value("level", s.window.level)};
    if (const Json* d = j.find("labels_display")) {
        if (const Json* labels = d->find("labels"))
            for (const Json& e : labels->asArray()) {
                const int l = e.value("value", -1);
                if (l < 0 || l >= kLabelCount) continue;
                s.labelNames[size_t(l)] = e.value("name", s.labelNames[size_t(l)].c_str());
                if (const Json* c = e.find("colour"); c && c->size() == 3)
                    for (size_t i = 0; i < 3; ++i) s.display.colours[size_t(l)][i] = uint8_t(c->asArray()[i].asInt());
                s.display.visible[size_t(l)] = e.value("visible", bool(s.display.visible[size_t(l)]));
            }
        s.display.opacity = float(d->value("opacity", double(s.display.opacity)));
        s.display.outlineOnly = d->value("outline_only", s.display.outlineOnly);
        s.display.showLabels = d->value("show", s.display.showLabels);
    }
    if (const Json* t = j.find("tools")) {
        s.activeLabel = uint8_t(t->value("active_label", int(s.activeLabel)));
        s.brushDiameter = t->value("brush_diameter", s.brushDiameter);
        s.squareBrush = t->value("square_brush", s.squareBrush);
        if (const Json* r = t->find("hu_range"); r && r->size() == 2) {
            s.policy.huMin = r->asArray()[0].asInt();
            s.policy.huMax = r->asArray()[1].asInt();
        }
        s.policy.rangeEnabled = t->value("hu_range_on", s.policy.rangeEnabled);
        const std::string over = t->value("paint_over", "all");
        s.policy.paintOver = over == "background" ? PaintOver::BackgroundOnly
                             : over == "lungs"    ? PaintOver::LungsOnly
                                                  : PaintOver::AllLabels;
    }
    return s;
}

}  // namespace cosingan
