package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotingTest {

    @Test
    void quotesOnlyFieldsWithACommaAQuoteOrALineEnd() {
        assertEquals(List.of("a b", "\"a,b\"", "\"a\"\"b\"", "\"a\rb\"", "\"a\nb\""),
                List.of("a b", "a,b", "a\"b", "a\rb", "a\nb").stream().map(Quoting::quoted).toList());
    }
}
