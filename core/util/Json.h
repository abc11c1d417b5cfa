#pragma once
// A small JSON value with a parser and a pretty writer. The engine must build with LibTorch alone
// (no Qt, no other libraries), yet its model manifests, checkpoints and the CLI's --json output are
// JSON, so this lives in plain C++. Objects keep their insertion order so manifests read naturally.
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace cosingan {

class JsonError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Json {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : type_(Type::Bool), bool_(b) {}
    Json(int v) : type_(Type::Number), number_(v) {}
    Json(long v) : type_(Type::Number), number_(double(v)) {}
    Json(long long v) : type_(Type::Number), number_(double(v)) {}
    Json(unsigned v) : type_(Type::Number), number_(v) {}
    Json(unsigned long v) : Json((unsigned long long)v) {}
    // Kept exact (seeds are 64-bit): written as the integer, read back without rounding.
    Json(unsigned long long v) : type_(Type::Number), number_(double(v)), uint_(v), exactUint_(true) {}
    Json(double v) : type_(Type::Number), number_(v) {}
    Json(const char* s) : type_(Type::String), string_(s) {}
    Json(std::string s) : type_(Type::String), string_(std::move(s)) {}
    Json(Array a) : type_(Type::Array), array_(std::move(a)) {}
    template <typename T>
    Json(const std::vector<T>& values) : type_(Type::Array) {
        for (const auto& v : values) array_.emplace_back(v);
    }
    static Json object() { Json j; j.type_ = Type::Object; return j; }
    static Json array() { Json j; j.type_ = Type::Array; return j; }

    Type type() const { return type_; }
    bool isNull() const { return type_ == Type::Null; }
    bool isObject() const { return type_ == Type::Object; }
    bool isArray() const { return type_ == Type::Array; }
    bool isNumber() const { return type_ == Type::Number; }
    bool isString() const { return type_ == Type::String; }
    bool isBool() const { return type_ == Type::Bool; }

    // Typed access; throws JsonError naming the expected type.
    bool asBool() const;
    double asNumber() const;
    int asInt() const;
    int64_t asInt64() const;
    // Exact for integers written from uint64_t (or parsed from an integer literal); throws for
    // negative or fractional numbers.
    uint64_t asUInt64() const;
    const std::string& asString() const;
    const Array& asArray() const;
    Array& asArray();
    const Object& asObject() const;

    // Object access. operator[] inserts (turning null into an object); at() throws when missing.
    Json& operator[](const std::string& key);
    const Json& at(const std::string& key) const;
    bool contains(const std::string& key) const;
    const Json* find(const std::string& key) const;
    // Value of key, or the fallback when the key is missing or null.
    double value(const std::string& key, double fallback) const;
    int value(const std::string& key, int fallback) const;
    bool value(const std::string& key, bool fallback) const;
    std::string value(const std::string& key, const char* fallback) const;
    uint64_t valueUInt64(const std::string& key, uint64_t fallback) const;

    void push_back(Json v);
    size_t size() const;

    std::string dump(int indent = 2) const;
    static Json parse(const std::string& text);

    bool operator==(const Json& other) const;
    bool operator!=(const Json& other) const { return !(*this == other); }

private:
    void write(std::string& out, int indent, int depth) const;

    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0.0;
    uint64_t uint_ = 0;
    bool exactUint_ = false;
    std::string string_;
    Array array_;
    Object object_;
};

// Reads and parses a JSON file; throws JsonError with the path in the message.
Json readJsonFile(const std::string& path);
// Writes atomically (temporary file + rename).
void writeJsonFile(const std::string& path, const Json& json);

}  // namespace cosingan
