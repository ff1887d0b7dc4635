package com.humanscrm.domain.pet;

import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The breeds a pet may be recorded as: one fixed list, the dogs the company flies most, with
 * {@link #MIXED_BREED} and {@link #OTHER} for the rest. A breed is named on the wire and in stored rows
 * by its display name ({@code Labrador Retriever}), the way colleagues and clients write it.
 */
public enum Breed {
    AKITA("Akita"),
    AUSTRALIAN_SHEPHERD("Australian Shepherd"),
    BASSET_HOUND("Basset Hound"),
    BEAGLE("Beagle"),
    BELGIAN_MALINOIS("Belgian Malinois"),
    BERNESE_MOUNTAIN_DOG("Bernese Mountain Dog"),
    BICHON_FRISE("Bichon Frise"),
    BORDER_COLLIE("Border Collie"),
    BOSTON_TERRIER("Boston Terrier"),
    BOXER("Boxer"),
    BULLDOG("Bulldog"),
    CANE_CORSO("Cane Corso"),
    CAVALIER_KING_CHARLES_SPANIEL("Cavalier King Charles Spaniel"),
    CHIHUAHUA("Chihuahua"),
    COCKER_SPANIEL("Cocker Spaniel"),
    DACHSHUND("Dachshund"),
    DOBERMAN_PINSCHER("Doberman Pinscher"),
    ENGLISH_SPRINGER_SPANIEL("English Springer Spaniel"),
    FRENCH_BULLDOG("French Bulldog"),
    GERMAN_SHEPHERD("German Shepherd"),
    GERMAN_SHORTHAIRED_POINTER("German Shorthaired Pointer"),
    GOLDEN_RETRIEVER("Golden Retriever"),
    GREAT_DANE("Great Dane"),
    HAVANESE("Havanese"),
    JACK_RUSSELL_TERRIER("Jack Russell Terrier"),
    LABRADOR_RETRIEVER("Labrador Retriever"),
    MALTESE("Maltese"),
    MINIATURE_SCHNAUZER("Miniature Schnauzer"),
    NEWFOUNDLAND("Newfoundland"),
    PEMBROKE_WELSH_CORGI("Pembroke Welsh Corgi"),
    POMERANIAN("Pomeranian"),
    POODLE("Poodle"),
    PUG("Pug"),
    ROTTWEILER("Rottweiler"),
    SAMOYED("Samoyed"),
    SHETLAND_SHEEPDOG("Shetland Sheepdog"),
    SHIBA_INU("Shiba Inu"),
    SHIH_TZU("Shih Tzu"),
    SIBERIAN_HUSKY("Siberian Husky"),
    STAFFORDSHIRE_BULL_TERRIER("Staffordshire Bull Terrier"),
    VIZSLA("Vizsla"),
    WEIMARANER("Weimaraner"),
    WEST_HIGHLAND_WHITE_TERRIER("West Highland White Terrier"),
    WHIPPET("Whippet"),
    YORKSHIRE_TERRIER("Yorkshire Terrier"),
    MIXED_BREED("Mixed Breed"),
    OTHER("Other");

    private static final Map<String, Breed> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(breed -> key(breed.displayName), Function.identity()));

    private final String displayName;

    Breed(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Every breed in the order a picker shows them: by name, then the two catch-alls. */
    public static List<Breed> all() {
        return List.of(values());
    }

    /**
     * The breed of this display name, whatever its case or surrounding spaces ({@code "labrador retriever"}
     * is the Labrador Retriever); anything else is a field error on {@code field}.
     */
    public static Breed fromDisplayName(String value, String field) {
        Breed breed = value == null ? null : BY_NAME.get(key(value));
        if (breed == null) {
            throw RuleViolationException.field(field, "must be one of the listed breeds (Mixed Breed or Other for any breed not listed)");
        }
        return breed;
    }

    /** As {@link #fromDisplayName}, where no breed ({@code null} or blank) is allowed and gives {@code null}. */
    public static Breed fromOptionalDisplayName(String value, String field) {
        return value == null || value.isBlank() ? null : fromDisplayName(value, field);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
