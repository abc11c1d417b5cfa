#include "UndoHistory.h"

namespace cosingan {

void UndoHistory::push(LabelChange change) {
    if (change.isEmpty()) return;
    for (const auto& c : undone_) bytes_ -= c.bytes();
    undone_.clear();
    bytes_ += change.bytes();
    done_.push_back(std::move(change));
    enforceBudget();
}

const LabelChange* UndoHistory::undo(LabelMap& labels) {
    if (done_.empty()) return nullptr;
    done_.back().apply(labels);
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return &undone_.back();
}

const LabelChange* UndoHistory::redo(LabelMap& labels) {
    if (undone_.empty()) return nullptr;
    undone_.back().apply(labels);
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return &done_.back();
}

void UndoHistory::clear() {
    done_.clear();
    undone_.clear();
    bytes_ = 0;
}

void UndoHistory::enforceBudget() {
    while (bytes_ > budget_ && done_.size() > 1) {
        bytes_ -= done_.front().bytes();
        done_.pop_front();
    }
}

}  // namespace cosingan
