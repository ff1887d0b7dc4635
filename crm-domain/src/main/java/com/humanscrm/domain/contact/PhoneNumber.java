package com.humanscrm.domain.contact;

import com.humanscrm.domain.shared.Checks;
import java.util.Map;

/**
 * A phone number, kept as given: formats vary too much across countries to rewrite what a colleague
 * typed. Written internationally ({@code +49 151 2345-6789}, {@code 0049 …}), it also has its E.164
 * form ({@code +4915123456789}), under which two spellings of one number are the same.
 */
public record PhoneNumber(String number, boolean hasWhatsapp) implements ContactValue {

    /** E.164 allows at most 15 digits; fewer than 7 is no international number anywhere. */
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    public PhoneNumber {
        number = Checks.text(number, "number", 1, 50);
    }

    /** The number in E.164 form, or {@code null} when it is not written with its country code. */
    public String e164() {
        String rest;
        if (number.startsWith("+")) {
            rest = number.substring(1);
        } else if (number.startsWith("00")) {
            rest = number.substring(2);
        } else {
            return null;
        }
        StringBuilder digits = new StringBuilder("+");
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" -./()".indexOf(c) < 0) {
                return null;
            }
        }
        int count = digits.length() - 1;
        return count >= MIN_DIGITS && count <= MAX_DIGITS && digits.charAt(1) != '0' ? digits.toString() : null;
    }

    @Override
    public String key() {
        String e164 = e164();
        return e164 != null ? e164 : number;
    }

    @Override
    public String shown() {
        return number;
    }

    @Override
    public void describeIn(Map<String, Object> snapshot) {
        snapshot.put("number", number);
        snapshot.put("hasWhatsapp", hasWhatsapp);
    }
}
