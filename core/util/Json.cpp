#include "Json.h"

#include "AtomicFile.h"
#include "FileSafety.h"

#include <cerrno>
#include <climits>
#include <cstdlib>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace cosingan {

namespace {
const char* typeName(Json::Type t) {
    switch (t) {
    case Json::Type::Null: return "null";
    case Json::Type::Bool: return "a boolean";
    case Json::Type::Number: return "a number";
    case Json::Type::String: return "a string";
    case Json::Type::Array: return "an array";
    case Json::Type::Object: return "an object";
    }
    return "?";
}

[[noreturn]] void typeError(Json::Type want, Json::Type have) {
    throw JsonError(std::string("JSON value is ") + typeName(have) + ", expected " + typeName(want));
}

void escapeInto(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

class Parser {
public:
    explicit Parser(const std::string& text) : s_(text) {}

    Json parseDocument() {
        Json v = parseValue();
        skipSpace();
        if (pos_ != s_.size()) fail("unexpected text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw JsonError("invalid JSON at offset " + std::to_string(pos_) + ": " + what);
    }
    void skipSpace() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
            ++pos_;
    }
    bool consume(char c) {
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == c) { ++pos_; return true; }
        return false;
    }
    void expectWord(const char* w) {
        for (const char* p = w; *p; ++p, ++pos_)
            if (pos_ >= s_.size() || s_[pos_] != *p) fail(std::string("expected '") + w + "'");
    }
    Json parseValue() {
        if (++depth_ > 200) fail("nesting too deep");
        skipSpace();
        if (pos_ >= s_.size()) fail("unexpected end of text");
        Json result;
        char c = s_[pos_];
        if (c == '{') result = parseObject();
        else if (c == '[') result = parseArray();
        else if (c == '"') result = Json(parseString());
        else if (c == 't') { expectWord("true"); result = Json(true); }
        else if (c == 'f') { expectWord("false"); result = Json(false); }
        else if (c == 'n') { expectWord("null"); }
        else result = parseNumber();
        --depth_;
        return result;
    }
    Json parseObject() {
        ++pos_;
        Json obj = Json::object();
        if (consume('}')) return obj;
        do {
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != '"') fail("expected a key string");
            std::string key = parseString();
            if (!consume(':')) fail("expected ':'");
            obj[key] = parseValue();
        } while (consume(','));
        if (!consume('}')) fail("expected ',' or '}'");
        return obj;
    }
    Json parseArray() {
        ++pos_;
        Json arr = Json::array();
        if (consume(']')) return arr;
        do {
            arr.push_back(parseValue());
        } while (consume(','));
        if (!consume(']')) fail("expected ',' or ']'");
        return arr;
    }
    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        }
    }
    unsigned parseHex4() {
        if (pos_ + 4 > s_.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            char h = s_[pos_++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') v |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= unsigned(h - 'A' + 10);
            else fail("bad \\u escape");
        }
        return v;
    }
    std::string parseString() {
        ++pos_;  // opening quote
        std::string out;
        while (true) {
            if (pos_ >= s_.size()) fail("unterminated string");
            char c = s_[pos_++];
            if (c == '"') break;
            if (c != '\\') { out += c; continue; }
            if (pos_ >= s_.size()) fail("unterminated escape");
            char e = s_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = parseHex4();
                if (cp >= 0xD800 && cp < 0xDC00 && pos_ + 6 <= s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
                    pos_ += 2;
                    unsigned lo = parseHex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
        return out;
    }
    Json parseNumber() {
        size_t start = pos_;
        if (pos_ < s_.size() && (s_[pos_] == '-' || s_[pos_] == '+')) ++pos_;
        while (pos_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
                                    s_[pos_] == 'e' || s_[pos_] == 'E' || s_[pos_] == '-' || s_[pos_] == '+'))
            ++pos_;
        if (start == pos_) fail("unexpected character");
        std::string token = s_.substr(start, pos_ - start);
        char* end = nullptr;
        double v = std::strtod(token.c_str(), &end);
        if (end != token.c_str() + token.size()) fail("bad number '" + token + "'");
        if (token.find_first_not_of("0123456789") == std::string::npos && token.size() <= 20) {
            errno = 0;
            const unsigned long long u = std::strtoull(token.c_str(), &end, 10);
            if (errno == 0) return Json(u);
        }
        return Json(v);
    }

    const std::string& s_;
    size_t pos_ = 0;
    int depth_ = 0;
};
}  // namespace

bool Json::asBool() const { if (type_ != Type::Bool) typeError(Type::Bool, type_); return bool_; }
double Json::asNumber() const { if (type_ != Type::Number) typeError(Type::Number, type_); return number_; }
int Json::asInt() const { return int(std::llround(asNumber())); }
int64_t Json::asInt64() const {
    if (type_ == Type::Number && exactUint_ && uint_ <= uint64_t(INT64_MAX)) return int64_t(uint_);
    return int64_t(std::llround(asNumber()));
}
uint64_t Json::asUInt64() const {
    const double d = asNumber();
    if (exactUint_) return uint_;
    if (!(d >= 0) || d != std::floor(d) || d >= 18446744073709551616.0)
        throw JsonError("expected a non-negative whole number, not " + dump(0));
    return uint64_t(d);
}
const std::string& Json::asString() const { if (type_ != Type::String) typeError(Type::String, type_); return string_; }
const Json::Array& Json::asArray() const { if (type_ != Type::Array) typeError(Type::Array, type_); return array_; }
Json::Array& Json::asArray() { if (type_ != Type::Array) typeError(Type::Array, type_); return array_; }
const Json::Object& Json::asObject() const { if (type_ != Type::Object) typeError(Type::Object, type_); return object_; }

Json& Json::operator[](const std::string& key) {
    if (type_ == Type::Null) type_ = Type::Object;
    if (type_ != Type::Object) typeError(Type::Object, type_);
    for (auto& kv : object_)
        if (kv.first == key) return kv.second;
    object_.emplace_back(key, Json());
    return object_.back().second;
}

const Json* Json::find(const std::string& key) const {
    if (type_ != Type::Object) return nullptr;
    for (const auto& kv : object_)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

const Json& Json::at(const std::string& key) const {
    if (type_ != Type::Object) typeError(Type::Object, type_);
    if (const Json* v = find(key)) return *v;
    throw JsonError("JSON object has no key '" + key + "'");
}

bool Json::contains(const std::string& key) const { return find(key) != nullptr; }

double Json::value(const std::string& key, double fallback) const {
    const Json* v = find(key);
    return v && !v->isNull() ? v->asNumber() : fallback;
}
int Json::value(const std::string& key, int fallback) const {
    const Json* v = find(key);
    return v && !v->isNull() ? v->asInt() : fallback;
}
uint64_t Json::valueUInt64(const std::string& key, uint64_t fallback) const {
    const Json* v = find(key);
    return v && !v->isNull() ? v->asUInt64() : fallback;
}
bool Json::value(const std::string& key, bool fallback) const {
    const Json* v = find(key);
    return v && !v->isNull() ? v->asBool() : fallback;
}
std::string Json::value(const std::string& key, const char* fallback) const {
    const Json* v = find(key);
    return v && !v->isNull() ? v->asString() : std::string(fallback);
}

void Json::push_back(Json v) {
    if (type_ == Type::Null) type_ = Type::Array;
    if (type_ != Type::Array) typeError(Type::Array, type_);
    array_.push_back(std::move(v));
}

size_t Json::size() const {
    if (type_ == Type::Array) return array_.size();
    if (type_ == Type::Object) return object_.size();
    return 0;
}

void Json::write(std::string& out, int indent, int depth) const {
    auto newline = [&](int d) {
        if (indent <= 0) return;
        out += '\n';
        out.append(size_t(indent * d), ' ');
    };
    switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += bool_ ? "true" : "false"; break;
    case Type::Number: {
        if (!std::isfinite(number_)) { out += "null"; break; }
        char buf[40];
        if (exactUint_) {
            std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(uint_));
        } else if (number_ == std::floor(number_) && std::fabs(number_) < 1e15) {
            std::snprintf(buf, sizeof buf, "%.0f", number_);
        } else {
            // The shortest form that reads back as the same double (0.1 stays "0.1").
            for (int digits = 9; digits <= 17; ++digits) {
                std::snprintf(buf, sizeof buf, "%.*g", digits, number_);
                if (std::strtod(buf, nullptr) == number_) break;
            }
        }
        out += buf;
        break;
    }
    case Type::String: escapeInto(out, string_); break;
    case Type::Array: {
        out += '[';
        // Arrays of plain numbers stay on one line: loss histories remain readable.
        bool flat = true;
        for (const auto& v : array_) flat = flat && (v.isNumber() || v.isBool() || v.isNull());
        for (size_t i = 0; i < array_.size(); ++i) {
            if (i) out += flat ? ", " : ",";
            if (!flat) newline(depth + 1);
            array_[i].write(out, indent, depth + 1);
        }
        if (!flat && !array_.empty()) newline(depth);
        out += ']';
        break;
    }
    case Type::Object: {
        out += '{';
        for (size_t i = 0; i < object_.size(); ++i) {
            if (i) out += ',';
            newline(depth + 1);
            escapeInto(out, object_[i].first);
            out += indent > 0 ? ": " : ":";
            object_[i].second.write(out, indent, depth + 1);
        }
        if (!object_.empty()) newline(depth);
        out += '}';
        break;
    }
    }
}

std::string Json::dump(int indent) const {
    std::string out;
    write(out, indent, 0);
    return out;
}

Json Json::parse(const std::string& text) { return Parser(text).parseDocument(); }

bool Json::operator==(const Json& o) const {
    if (type_ != o.type_) return false;
    switch (type_) {
    case Type::Null: return true;
    case Type::Bool: return bool_ == o.bool_;
    case Type::Number: return exactUint_ && o.exactUint_ ? uint_ == o.uint_ : number_ == o.number_;
    case Type::String: return string_ == o.string_;
    case Type::Array: return array_ == o.array_;
    case Type::Object: return object_ == o.object_;
    }
    return false;
}

Json readJsonFile(const std::string& path) {
    try {
        requireReadableFile(path, "the file");
    } catch (const PathError& e) {
        throw JsonError(e.what());
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw JsonError("cannot open " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    try {
        return Json::parse(ss.str());
    } catch (const JsonError& e) {
        throw JsonError(path + ": " + e.what());
    }
}

void writeJsonFile(const std::string& path, const Json& json) { writeBytesAtomically(path, json.dump(2) + "\n"); }

}  // namespace cosingan
