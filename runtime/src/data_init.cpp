// init_data_types(): fills the slots and methods of the data types made by
// init_core_types, and registers the data builtins.
#include "data_util.h"
#include "str_impl.h"

namespace py {

void init_int_types();
void init_float_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_types();
void init_range_type();
void init_slice_type();
void init_bytes_type();
void init_iterator_types();
void init_data_builtins();

void init_data_types() {
  init_int_types();
  init_float_type();
  init_str_type_slots();
  init_str_methods();
  init_bytes_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_types();
  init_range_type();
  init_slice_type();
  init_iterator_types();
  init_data_builtins();
}

Value float_const_imag(double) { raise(E::NotImplementedError, "complex numbers are not supported"); }

}  // namespace py
