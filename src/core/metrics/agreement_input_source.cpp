// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_input_source.h>

#include <QSet>

#include <algorithm>

namespace lector {

AgreementInputSource::AgreementInputSource(const AgreementInput& input, int chunk)
    : m_input(input)
    , m_chunk(chunk)
{
    QSet<QString> names;
    for (const AgreementImage& image : input.images)
        for (const auto& entry : image.byAnnotator)
            names.insert(entry.first);
    m_annotators = QStringList(names.begin(), names.end());
    m_annotators.sort();
}

Result<int> AgreementInputSource::read(std::vector<AgreementImage>& images, int max)
{
    if (m_chunk > 0)
        max = std::min(max, m_chunk);
    const std::size_t n = std::min(m_input.images.size() - m_next, std::size_t(std::max(max, 0)));
    images.insert(images.end(), m_input.images.begin() + std::ptrdiff_t(m_next),
        m_input.images.begin() + std::ptrdiff_t(m_next + n));
    m_next += n;
    return int(n);
}

} // namespace lector
