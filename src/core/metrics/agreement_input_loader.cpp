// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_input_loader.h>

namespace lector {

Result<AgreementInput> loadAgreementInput(const ProjectStore& store, const QStringList& exclude)
{
    auto source = StoreAgreementSource::open(store, exclude);
    if (!source)
        return std::move(source).error();
    AgreementInput input;
    input.images.reserve(std::size_t((*source)->imageCount()));
    for (;;) {
        auto n = (*source)->read(input.images, 1024);
        if (!n)
            return std::move(n).error();
        if (*n == 0)
            return input;
    }
}

} // namespace lector
